using Returns.Orchestrations.Routing.Consolidation;

namespace Returns.Orchestrations.Ports;

/// <summary>The parcels waiting at each hub and the consolidated shipments made of them.</summary>
public interface IHubBatchStore
{
    /// <summary>Adds a received parcel to its hub's open batch; adding the same return again changes nothing.</summary>
    Task AddAsync(HubParcel parcel, CancellationToken cancellationToken = default);

    /// <summary>The parcels of a hub not yet shipped, oldest first.</summary>
    Task<IReadOnlyList<HubParcel>> OpenAsync(string hubId, CancellationToken cancellationToken = default);

    /// <summary>Records a shipment and takes its parcels out of the open batch; the same shipment id twice changes nothing.</summary>
    Task SaveShipmentAsync(ConsolidatedShipment shipment, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ConsolidatedShipment>> ShipmentsAsync(string hubId, CancellationToken cancellationToken = default);
}
