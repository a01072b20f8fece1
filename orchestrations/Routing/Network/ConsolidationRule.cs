namespace Returns.Orchestrations.Routing.Network;

/// <summary>
/// When a hub ships its received parcels home in one consignment: once <see cref="MaxParcels"/> or
/// <see cref="MaxGrams"/> is reached (the box is full), or <see cref="EveryDays"/> after the oldest parcel arrived.
/// Freight is <see cref="FreightPerKg"/> (minor units of the hub's currency) shared by weight.
/// </summary>
public sealed record ConsolidationRule(
    int MaxParcels,
    int MaxGrams,
    int EveryDays,
    long FreightPerKg,
    long FixedCostPerShipment,
    int TransitDays,
    string Transport);
