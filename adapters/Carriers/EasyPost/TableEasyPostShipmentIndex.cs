using Azure.Data.Tables;
using Returns.Adapters.Storage;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// The index in the app's table storage, so it survives restarts and is shared by every instance (a retried
/// activity may run elsewhere). One row per key: partition "return" or "tracking", row key the escaped id.
/// </summary>
public sealed class TableEasyPostShipmentIndex(ReturnsStorage storage) : IEasyPostShipmentIndex
{
    public const string TableName = "EasyPostShipments";
    private const string ByReturn = "return";
    private const string ByTracking = "tracking";

    public Task<string?> ShipmentForReturnAsync(string returnId, CancellationToken cancellationToken = default) =>
        GetAsync(ByReturn, returnId, cancellationToken);

    // Tracking codes are kept upper-case: carriers and scans do not agree on case.
    public Task<string?> ShipmentForTrackingAsync(string trackingCode, CancellationToken cancellationToken = default) =>
        GetAsync(ByTracking, trackingCode.ToUpperInvariant(), cancellationToken);

    public Task RememberReturnAsync(string returnId, string shipmentId, CancellationToken cancellationToken = default) =>
        PutAsync(ByReturn, returnId, shipmentId, cancellationToken);

    public Task RememberTrackingAsync(string trackingCode, string shipmentId, CancellationToken cancellationToken = default) =>
        PutAsync(ByTracking, trackingCode.ToUpperInvariant(), shipmentId, cancellationToken);

    private async Task<string?> GetAsync(string partition, string key, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(TableName);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.Escape(key), ["ShipmentId"], cancellationToken);
        return found.HasValue ? found.Value!.GetString("ShipmentId") : null;
    }

    private async Task PutAsync(string partition, string key, string shipmentId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(TableName);
        await table.UpsertEntityAsync(
            new TableEntity(partition, TableKeys.Escape(key)) { ["ShipmentId"] = shipmentId, ["Key"] = key },
            TableUpdateMode.Replace, cancellationToken);
    }
}
