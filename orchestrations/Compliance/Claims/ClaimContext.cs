using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Compliance.Claims;

/// <summary>The facts every claim of one return is judged on.</summary>
internal sealed record ClaimContext(ComplianceRuleBook Book, Order Order, ReturnRecord Record, DateTimeOffset Now)
{
    public DateOnly OrderDay => DateOnly.FromDateTime(Order.PlacedAt.UtcDateTime);

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public long OrderValue => Order.Lines.Sum(l => l.UnitPrice * l.Quantity);

    /// <summary>The threshold of <paramref name="customs"/> on <paramref name="day"/> for a parcel from <paramref name="from"/>.</summary>
    public static LowValueThreshold? Threshold(CustomsRules customs, DateOnly day, string from) =>
        customs.Thresholds.Where(t => t.InForceOn(day) && t.FromCountries.Contains(from, StringComparer.OrdinalIgnoreCase)).FirstOrDefault()
        ?? customs.Thresholds.FirstOrDefault(t => t.InForceOn(day) && t.FromCountries.Count == 0);

    /// <summary>
    /// Whether a parcel worth <paramref name="value"/> (order currency) paid nothing at that threshold: true when
    /// under both the duty and the tax threshold, false when over one, null when the rules cannot tell.
    /// </summary>
    public bool? UnderThreshold(CustomsRules customs, LowValueThreshold? threshold, long value)
    {
        if (threshold is null || Book.Convert(value, Order.Currency, customs.Currency) is not { } local)
            return null;
        if ((threshold.DutyFreeUpTo is { } duty && local > duty) || (threshold.TaxFreeUpTo is { } tax && local > tax))
            return false;
        return threshold.DutyFreeUpTo is null || threshold.TaxFreeUpTo is null ? null : true;
    }

    public TaxClaim Claim(CustomsClaimRule rule, CustomsRules market, string status, Money? estimate, DateOnly? deadline, string explanation) =>
        new(rule.Id, rule.Kind, market.Market, rule.Name, rule.Law, rule.Codes,
            deadline is { } d && d < Today && status != TaxClaimStatuses.NotApplicable ? TaxClaimStatuses.Expired : status,
            estimate, deadline, rule.How, rule.Evidence, explanation, rule.Verification, rule.Sources);
}
