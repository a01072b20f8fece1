namespace Returns.Orchestrations.Domain;

/// <summary>
/// A line the customer sends back; <see cref="UnitPrice"/> is the price paid, in minor units.
/// <see cref="Resolution"/> overrides the return's resolution for this line; <see cref="ExchangeSku"/> is the
/// replacement variant for an exchange (null: the same item again); <see cref="Photos"/> are photo ids.
/// <see cref="HsCode"/> and <see cref="OriginCountry"/> are the order's classification when the return was made (a
/// return keeps it); <see cref="BatteryCondition"/> is what the customer reported ("intact" or "damaged").
/// </summary>
public sealed record ReturnLine(
    string Sku,
    string Name,
    int Quantity,
    long UnitPrice,
    string Reason,
    string? Comment = null,
    string? Resolution = null,
    string? ExchangeSku = null,
    IReadOnlyList<string>? Photos = null,
    string? HsCode = null,
    string? OriginCountry = null,
    string? BatteryCondition = null)
{
    public IReadOnlyList<string> Photos { get; init; } = Photos ?? [];

    /// <summary>
    /// What the comment was about once the comment itself was erased (its language, themes and keywords), so analytics
    /// count the line as before; null while the comment is kept.
    /// </summary>
    public Analytics.Themes.CommentAnalysis? Topics { get; init; }
}
