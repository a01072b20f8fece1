using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Routing.Consolidation;

/// <summary>
/// The pure rules of a hub's consignments: when the open batch is due (<see cref="ConsolidationRule"/>: the box is
/// full, or the oldest parcel has waited <see cref="ConsolidationRule.EveryDays"/>), which parcels go in the next box,
/// its id and its freight. A limit of zero or less means "no limit".
/// </summary>
public static class ConsolidationDue
{
    /// <summary>The parcels oldest first (arrival, then return id), the order boxes are filled in.</summary>
    public static IReadOnlyList<HubParcel> OldestFirst(IEnumerable<HubParcel> parcels) =>
        [.. parcels.OrderBy(p => p.ReceivedAt).ThenBy(p => p.ReturnId, StringComparer.Ordinal)];

    /// <summary>True when the open parcels fill a box (count or weight) or the oldest has waited long enough.</summary>
    public static bool IsDue(ConsolidationRule rule, IReadOnlyList<HubParcel> open, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (open.Count == 0)
        {
            return false;
        }

        var full = (rule.MaxParcels > 0 && open.Count >= rule.MaxParcels)
            || (rule.MaxGrams > 0 && open.Sum(p => (long)p.WeightGrams) >= rule.MaxGrams);
        var oldest = open.Min(p => p.ReceivedAt);
        return full || now - oldest >= TimeSpan.FromDays(Math.Max(0, rule.EveryDays));
    }

    /// <summary>
    /// The next box: the oldest parcels while they fit (at most <see cref="ConsolidationRule.MaxParcels"/>, at most
    /// <see cref="ConsolidationRule.MaxGrams"/>; a parcel heavier than a box goes alone), or nothing when not due.
    /// A full box is a prefix of the oldest-first batch, so a parcel arriving later never changes it.
    /// </summary>
    public static IReadOnlyList<HubParcel> NextBox(ConsolidationRule rule, IReadOnlyList<HubParcel> open, DateTimeOffset now)
    {
        if (!IsDue(rule, open, now))
        {
            return [];
        }

        var box = new List<HubParcel>();
        long grams = 0;
        foreach (var parcel in OldestFirst(open))
        {
            var roomForOne = rule.MaxParcels <= 0 || box.Count < rule.MaxParcels;
            var fits = box.Count == 0 || rule.MaxGrams <= 0 || grams + parcel.WeightGrams <= rule.MaxGrams;
            if (!roomForOne || !fits)
            {
                break;
            }

            box.Add(parcel);
            grams += parcel.WeightGrams;
        }

        return box;
    }

    /// <summary>The shipment id: the hub and the box's oldest return, so a retry of the same box makes the same shipment.</summary>
    public static string ShipmentId(string hubId, IReadOnlyList<HubParcel> box) =>
        box.Count == 0 ? throw new ArgumentException("An empty box is not shipped.", nameof(box)) : $"{hubId}-{box[0].ReturnId}";

    /// <summary>
    /// <see cref="ConsolidationRule.FixedCostPerShipment"/> plus <see cref="ConsolidationRule.FreightPerKg"/> per
    /// kilogram, the weight rounded up to 0.1 kg and the amount to the nearest minor unit (halves up).
    /// </summary>
    public static long Freight(ConsolidationRule rule, long grams)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(grams);
        var tenthsOfKg = (grams + 99) / 100;
        return checked(rule.FixedCostPerShipment + (((rule.FreightPerKg * tenthsOfKg) + 5) / 10));
    }
}
