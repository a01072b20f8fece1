using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Compliance;

/// <summary>
/// Applies the dangerous-goods rules to a return parcel: no international post for any of them, air only where the
/// entry allows it and never for a damaged lithium battery, ground only between countries joined by land. A UN
/// number the rules do not know travels by ground only, and only within one country.
/// </summary>
public sealed class DangerousGoodsAssessor(ComplianceRules rules)
{
    public const string DamagedLithiumMark = "DAMAGED/DEFECTIVE LITHIUM BATTERY - FORBIDDEN FOR TRANSPORT BY AIR";
    public const string GroundOnlyMark = "GROUND TRANSPORT ONLY";

    private static readonly TransportPermission UnknownEntry = new(Air: false, Ground: true, DomesticPost: false, InternationalPost: false);

    /// <summary>Assesses a parcel from the customer's country to the merchant's.</summary>
    public TransportAssessment Assess(string fromCountry, string toCountry, IEnumerable<(string Sku, string? UnNumber, string? BatteryCondition)> lines)
    {
        var book = rules.Current;
        var dangerous = lines
            .Where(l => !string.IsNullOrWhiteSpace(l.UnNumber))
            .Select(l => new DangerousLine(l.Sku, l.UnNumber!.Trim().ToUpperInvariant(), book.DangerousGoodsEntry(l.UnNumber), l.BatteryCondition == BatteryConditions.Damaged))
            .ToList();
        if (dangerous.Count == 0)
            return TransportAssessment.Unrestricted;

        var crossBorder = !string.Equals(fromCountry, toCountry, StringComparison.OrdinalIgnoreCase);
        var allowed = new List<string>(TransportModes.ByPreference);
        foreach (var line in dangerous)
        {
            var permission = line.Entry is null ? UnknownEntry : line.Damaged ? line.Entry.Damaged : line.Entry.Intact;
            if (!permission.Air || (line.Damaged && line.Entry is null or { Lithium: true }))
                allowed.Remove(TransportModes.Air);
            if (!permission.Ground || (line.Entry is null && crossBorder))
                allowed.Remove(TransportModes.Ground);
            if (!(crossBorder ? permission.InternationalPost : permission.DomesticPost))
                allowed.Remove(TransportModes.Post);
        }

        if (crossBorder && !book.JoinedByLand(fromCountry, toCountry))
            allowed.Remove(TransportModes.Ground);

        var marks = dangerous.Select(l => l.Entry?.LabelMark ?? $"{l.UnNumber} DANGEROUS GOODS").Distinct().ToList();
        if (dangerous.Any(l => l.Damaged && l.Entry is { Lithium: true }))
            marks.Add(DamagedLithiumMark);
        if (!allowed.Contains(TransportModes.Air))
            marks.Add(GroundOnlyMark);
        return new TransportAssessment(allowed, marks, dangerous);
    }

    /// <summary>Assesses the returned lines of an order (the customer's report of a battery's condition wins).</summary>
    public TransportAssessment Assess(Order order, IEnumerable<ReturnLine> lines) =>
        Assess(order.ShipTo.Country, order.ShipFrom.Country, lines.Select(l =>
        {
            var orderLine = order.FindLine(l.Sku);
            return (l.Sku, orderLine?.DangerousGoods, l.BatteryCondition ?? orderLine?.BatteryCondition);
        }));
}
