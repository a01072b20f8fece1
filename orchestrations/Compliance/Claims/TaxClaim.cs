using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Compliance.Claims;

/// <summary>
/// One thing a merchant can recover (or avoid paying) on a cross-border return: where, under which rule, about how
/// much, by when, how, and with which evidence.
/// </summary>
/// <param name="RuleId">The <see cref="CustomsClaimRule.Id"/> it comes from.</param>
/// <param name="Kind">One of <see cref="ClaimKinds"/>.</param>
/// <param name="Jurisdiction">The customs market the claim is made in ("EU", "US", "JP").</param>
/// <param name="Status">One of <see cref="TaxClaimStatuses"/>.</param>
/// <param name="Estimate">What it recovers, in the order's currency; null when the amount is not known.</param>
/// <param name="Deadline">The last day; null when the law sets no limit.</param>
/// <param name="Explanation">Why this status and estimate, in one sentence for the merchant.</param>
public sealed record TaxClaim(
    string RuleId,
    string Kind,
    string Jurisdiction,
    string Name,
    string Law,
    IReadOnlyList<string> Codes,
    string Status,
    Money? Estimate,
    DateOnly? Deadline,
    string How,
    IReadOnlyList<string> Evidence,
    string Explanation,
    string Verification,
    IReadOnlyList<string> Sources);
