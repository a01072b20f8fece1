namespace Returns.Orchestrations.Compliance;

/// <summary>
/// The customs side of one market, as one rule file (<c>rules/customs/{Market}.json</c>): what a returned parcel
/// can recover there, the low-value thresholds over time, and the national length of tariff codes.
/// </summary>
/// <param name="Countries">For a group market ("EU"): the member countries. Otherwise empty.</param>
/// <param name="Claims">Relief on goods coming back (<see cref="ClaimKinds.ReentryRelief"/>) and refunds of import
/// charges when goods leave again (<see cref="ClaimKinds.ImportRefund"/>, <see cref="ClaimKinds.Drawback"/>).</param>
/// <param name="Currency">The currency the market's thresholds are set in (ISO 4217).</param>
public sealed record CustomsRules(
    string Market,
    string Name,
    IReadOnlyList<string> Countries,
    IReadOnlyList<CustomsClaimRule> Claims,
    string Currency,
    IReadOnlyList<LowValueThreshold> Thresholds,
    HsCodeProfile HsCodes,
    string? Notes = null);
