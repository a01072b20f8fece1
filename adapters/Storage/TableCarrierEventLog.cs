using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

/// <summary>
/// Carrier events by source and event id (the dedupe key, with the raw body for audit), plus an index of the matched
/// ones by return, which the workflow reads before it closes a return.
/// </summary>
public sealed class TableCarrierEventLog(ReturnsStorage storage) : ICarrierEventLog
{
    private const string TableName = "CarrierEvents";
    private const string ByReturnTable = "CarrierEventsByReturn";

    /// <summary>Table storage takes at most 15 comparisons in one filter.</summary>
    private const int ComparisonsPerQuery = 14;

    public async Task<bool> ExistsAsync(string source, string eventId, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(source), TableKeys.Escape(eventId), ["PartitionKey"], cancellationToken);
        return found.HasValue;
    }

    public async Task<bool> TryRecordAsync(CarrierEventRecord record, CancellationToken cancellationToken = default)
    {
        // The index first: a crash before the audit row leaves the carrier's resend free to record both.
        if (record.ReturnId is { } returnId)
        {
            var index = await storage.TableAsync(ByReturnTable);
            await index.UpsertEntityAsync(new TableEntity(TableKeys.Escape(returnId), TableKeys.Escape($"{record.Source}:{record.EventId}"))
            {
                ["Source"] = record.Source,
                ["EventId"] = record.EventId,
                ["TrackingNumber"] = record.TrackingNumber,
                ["Code"] = record.Code,
                ["OccurredAt"] = record.OccurredAt,
                ["Location"] = Cut(record.Location),
                ["Description"] = Cut(record.Description),
            }, TableUpdateMode.Replace, cancellationToken);
        }

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

    public async Task<IReadOnlyList<CarrierEventRecord>> ForReturnAsync(string returnId, CancellationToken cancellationToken = default)
    {
        var index = await storage.TableAsync(ByReturnTable);
        var partition = TableKeys.Escape(returnId);
        var events = new List<CarrierEventRecord>();
        await foreach (var e in index.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            events.Add(new CarrierEventRecord(e.GetString("Source"), e.GetString("EventId"), e.GetString("TrackingNumber"), e.GetString("Code"),
                e.GetDateTimeOffset("OccurredAt") ?? DateTimeOffset.MinValue, returnId, "")
            {
                Location = e.GetString("Location"),
                Description = e.GetString("Description"),
            });
        }

        return events;
    }

    private static string? Cut(string? text) => text is { Length: > 1000 } ? text[..1000] : text;

    public async Task<int> RedactAsync(string returnId, IReadOnlyCollection<string> trackingNumbers, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        // Carriers do not agree on the case of tracking numbers; the rows keep what each one sent.
        var comparisons = trackingNumbers.SelectMany(t => new[] { t, t.ToUpperInvariant(), t.ToLowerInvariant() })
            .Distinct(StringComparer.Ordinal)
            .Select(t => TableClient.CreateQueryFilter($"TrackingNumber eq {t}"))
            .Prepend(TableClient.CreateQueryFilter($"ReturnId eq {returnId}"));
        var redacted = 0;
        foreach (var chunk in comparisons.Chunk(ComparisonsPerQuery))
        {
            var rows = new List<TableEntity>();
            await foreach (var row in table.QueryAsync<TableEntity>(string.Join(" or ", chunk), select: ["PartitionKey", "RowKey", "RawBody"], cancellationToken: cancellationToken))
            {
                if (!string.IsNullOrEmpty(row.GetString("RawBody")))
                    rows.Add(row);
            }

            foreach (var row in rows)
            {
                // The id, code, times and match stay for the audit and for recognising a repeated event.
                await table.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { ["RawBody"] = "", ["Redacted"] = true },
                    ETag.All, TableUpdateMode.Merge, cancellationToken);
                redacted++;
            }
        }

        // The index by return keeps each scan's place and text for the workflow's reconciliation; a carrier's text can
        // name the customer's street, so it goes too (the code and times stay).
        var index = await storage.TableAsync(ByReturnTable);
        var partition = TableKeys.Escape(returnId);
        await foreach (var row in index.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (string.IsNullOrEmpty(row.GetString("Location")) && string.IsNullOrEmpty(row.GetString("Description")))
                continue;
            await index.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { ["Location"] = "", ["Description"] = "" },
                ETag.All, TableUpdateMode.Merge, cancellationToken);
        }

        return redacted;
    }
}
