namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// The adapter's own memory of what it created at EasyPost. EasyPost does not deduplicate Shipments by reference,
/// so issuing again for a return (a retried activity whose buy answer was lost) looks the earlier Shipment up here
/// first; voiding, which knows only the tracking number, finds the Shipment to refund.
/// </summary>
public interface IEasyPostShipmentIndex
{
    Task<string?> ShipmentForReturnAsync(string returnId, CancellationToken cancellationToken = default);

    Task<string?> ShipmentForTrackingAsync(string trackingCode, CancellationToken cancellationToken = default);

    /// <summary>The return's latest Shipment (a re-issue after a void replaces the voided one).</summary>
    Task RememberReturnAsync(string returnId, string shipmentId, CancellationToken cancellationToken = default);

    Task RememberTrackingAsync(string trackingCode, string shipmentId, CancellationToken cancellationToken = default);
}
