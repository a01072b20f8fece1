namespace Returns.Orchestrations.Compliance;

/// <summary>
/// One version of one statutory return right of a market, in force from <see cref="EffectiveFrom"/> until the day
/// before <see cref="EffectiveTo"/> (null: still in force), judged by the order date.
/// </summary>
/// <param name="Id">Stable id, e.g. "EU-CRD-withdrawal"; shown to merchants as the basis of a decision.</param>
/// <param name="Kind">One of <see cref="RightKinds"/>.</param>
/// <param name="Law">The legal basis as cited, e.g. "Directive 2011/83/EU Arts 9-16".</param>
/// <param name="RightName">What the customer reads, by language ("en", "de", "fr", "es", "ja", "ko", "zh-Hant",
/// "zh-Hans"); "en" is required and is the fallback. E.g. "the EU right of withdrawal".</param>
/// <param name="Verification">One of <see cref="Compliance.Verification"/>.</param>
/// <param name="Sources">Ids of <see cref="RuleSource"/>s in <c>rules/sources.json</c>.</param>
/// <param name="WindowDays">The length of the right; null when the market has none of this kind.</param>
/// <param name="WindowUnit">One of <see cref="WindowUnits"/>.</param>
/// <param name="WindowStartsAt">One of <see cref="WindowStarts"/>.</param>
/// <param name="RollsToNextWorkingDay">A last day on a Saturday or Sunday moves to the Monday (EU).</param>
/// <param name="AppliesWhen">One of <see cref="RightConditions"/>.</param>
/// <param name="UnlessMerchantWindowAtLeastDays">For a default right: it does not arise when the merchant's own
/// window is at least this long (US-CA: 7 days).</param>
/// <param name="Reasons">For a faulty-goods right: the return reasons it covers; empty for other kinds.</param>
/// <param name="RefundDeadline">By when the money must be back; null when the law sets no day count.</param>
/// <param name="ReturnPostage">One of <see cref="PostageRules"/>.</param>
/// <param name="RestockingFeeAllowed">Whether a restocking fee may be deducted from a refund under this right.</param>
/// <param name="RefundsOutboundDelivery">Whether a refund under this right includes the standard outbound delivery
/// charge when the whole order comes back (EU Art 13(1), Brazil).</param>
/// <param name="LossOfValueDeductible">Whether a deduction for loss of value from handling beyond what was needed to
/// inspect the goods is allowed (EU Art 14(2)); false where the customer bears no cost (Taiwan, Brazil).</param>
/// <param name="Exclusions">Order-line tags this right does not cover.</param>
/// <param name="NotInformedExtension">How long the right lasts when the seller did not inform the customer of it.</param>
public sealed record StatutoryRight(
    string Id,
    string Kind,
    string Law,
    IReadOnlyDictionary<string, string> RightName,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string Verification,
    IReadOnlyList<string> Sources,
    int? WindowDays,
    string WindowUnit,
    string WindowStartsAt,
    bool RollsToNextWorkingDay,
    string AppliesWhen,
    int? UnlessMerchantWindowAtLeastDays,
    IReadOnlyList<string> Reasons,
    RefundDeadline? RefundDeadline,
    string ReturnPostage,
    bool RestockingFeeAllowed,
    bool RefundsOutboundDelivery,
    bool LossOfValueDeductible,
    IReadOnlyList<StatutoryExclusion> Exclusions,
    NotInformedExtension? NotInformedExtension,
    string? Notes = null)
{
    public bool InForceOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day < EffectiveTo);
}
