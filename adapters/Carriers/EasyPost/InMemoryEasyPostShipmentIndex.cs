using System.Collections.Concurrent;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>An index for tests and single-process runs; forgets on restart, so hosts use the table one.</summary>
public sealed class InMemoryEasyPostShipmentIndex : IEasyPostShipmentIndex
{
    private readonly ConcurrentDictionary<string, string> _byReturn = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _byTracking = new(StringComparer.OrdinalIgnoreCase);

    public Task<string?> ShipmentForReturnAsync(string returnId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_byReturn.GetValueOrDefault(returnId));

    public Task<string?> ShipmentForTrackingAsync(string trackingCode, CancellationToken cancellationToken = default) =>
        Task.FromResult(_byTracking.GetValueOrDefault(trackingCode));

    public Task RememberReturnAsync(string returnId, string shipmentId, CancellationToken cancellationToken = default)
    {
        _byReturn[returnId] = shipmentId;
        return Task.CompletedTask;
    }

    public Task RememberTrackingAsync(string trackingCode, string shipmentId, CancellationToken cancellationToken = default)
    {
        _byTracking[trackingCode] = shipmentId;
        return Task.CompletedTask;
    }
}
