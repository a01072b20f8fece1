namespace Returns.Orchestrations.Domain;

/// <summary>
/// One line of an order; <see cref="UnitPrice"/> is in minor units of the order currency. <see cref="DangerousGoods"/>
/// is a UN number ("UN3481") and <see cref="BatteryCondition"/> "intact" or "damaged" for lines with batteries.
/// </summary>
public sealed record OrderLine(
    string Sku,
    string Name,
    int Quantity,
    long UnitPrice,
    string? HsCode = null,
    string? OriginCountry = null,
    string? Category = null,
    int WeightGrams = 0,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyList<OrderVariant>? Variants = null,
    string? ImageUrl = null,
    string? DangerousGoods = null,
    string? BatteryCondition = null)
{
    public IReadOnlyList<string> Tags { get; init; } = Tags ?? [];

    /// <summary>Other variants of the product this line can be exchanged for.</summary>
    public IReadOnlyList<OrderVariant> Variants { get; init; } = Variants ?? [];

    public bool HasTag(string tag) => Tags.Any(t => string.Equals(t, tag, StringComparison.OrdinalIgnoreCase));
}
