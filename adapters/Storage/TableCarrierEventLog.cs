using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

public sealed class TableCarrierEventLog(ReturnsStorage storage) : ICarrierEventLog
{
    private const string TableName = "CarrierEvents";

    public async Task<bool> ExistsAsync(string source, string eventId, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(source), TableKeys.Escape(eventId), ["PartitionKey"], cancellationToken);
        return found.HasValue;
    }

    public async Task<bool> TryRecordAsync(CarrierEventRecord record, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        var entity = new TableEntity(TableKeys.Escape(record.Source), TableKeys.Escape(record.EventId))
        {
            ["TrackingNumber"] = record.TrackingNumber,
            ["Code"] = record.Code,
            ["OccurredAt"] = record.OccurredAt,
            ["ReturnId"] = record.ReturnId,
            ["Matched"] = record.ReturnId is not null,
            // Table properties hold at most 32K characters; the audit copy is cut rather than lost.
            ["RawBody"] = record.RawBody.Length > 30_000 ? record.RawBody[..30_000] : record.RawBody,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
