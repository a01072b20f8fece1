namespace Returns.Orchestrations.Routing.Consolidation;

/// <summary>
/// One consignment from a hub home: its parcels, the freight (minor units of <see cref="Currency"/>) and each
/// return's share of it by weight (the shares add up to the freight exactly).
/// </summary>
public sealed record ConsolidatedShipment(
    string ShipmentId,
    string HubId,
    string FromCountry,
    string ToCountry,
    DateTimeOffset ShippedAt,
    IReadOnlyList<HubParcel> Parcels,
    long Freight,
    string Currency,
    IReadOnlyDictionary<string, long> ShareByReturn)
{
    public int WeightGrams => Parcels.Sum(p => p.WeightGrams);
}
