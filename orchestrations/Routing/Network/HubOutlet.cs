namespace Returns.Orchestrations.Routing.Network;

/// <summary>
/// Where a hub can place returned goods locally, and what it expects to recover: percent of the price paid by grade
/// (A-D), with category-specific percents where they differ.
/// </summary>
/// <param name="Kind">"resell", "clearance", "donate" or "recycle".</param>
/// <param name="DaysToSell">How long until the money is in (the refund does not wait for it).</param>
public sealed record HubOutlet(
    string Kind,
    IReadOnlyDictionary<string, int> RecoveryPercentByGrade,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> RecoveryPercentByCategory,
    int DaysToSell);
