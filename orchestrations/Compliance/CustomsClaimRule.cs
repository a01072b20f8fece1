namespace Returns.Orchestrations.Compliance;

/// <summary>
/// One way to recover (or not pay) duty and tax on a returned parcel, in force for goods exported (re-entry
/// relief) or imported (refunds) from <see cref="EffectiveFrom"/> until the day before <see cref="EffectiveTo"/>.
/// </summary>
/// <param name="Kind">One of <see cref="ClaimKinds"/>.</param>
/// <param name="Covers">"duty", "tax" or "duty_and_tax": what it recovers.</param>
/// <param name="RecoverablePercent">Share of the charges recovered (US drawback: 99).</param>
/// <param name="DeadlineMonths">Months from <paramref name="DeadlineFrom"/> within which the goods must arrive or
/// the claim be filed; null when the law sets no limit.</param>
/// <param name="DeadlineFrom">"export" (the outbound shipment left the seller's country) or "import" (it was
/// cleared in the customer's country).</param>
/// <param name="ForeignOriginDeadlineMonths">A shorter limit for goods not originating in the market (US: 36).</param>
/// <param name="Codes">Declaration codes to quote (F01, F05, 9801.00.10, 9813.00.00).</param>
/// <param name="InvoiceStatement">The sentence the commercial invoice carries when this relief is claimed.</param>
/// <param name="How">What the merchant does, in one or two sentences.</param>
/// <param name="Evidence">The documents a claim needs.</param>
/// <param name="Conditions">Conditions in words ("returned unaltered", "re-imported by the exporter").</param>
/// <param name="ReasonsOnly">When not empty, the claim applies only to returns with one of these reasons
/// (JP Art 20: goods that differ from the contract or from what the mail-order buyer expected).</param>
public sealed record CustomsClaimRule(
    string Id,
    string Kind,
    string Name,
    string Law,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string Verification,
    IReadOnlyList<string> Sources,
    string Covers,
    int RecoverablePercent,
    int? DeadlineMonths,
    string DeadlineFrom,
    int? ForeignOriginDeadlineMonths,
    IReadOnlyList<string> Codes,
    string? InvoiceStatement,
    string How,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> ReasonsOnly,
    string? Notes = null)
{
    public bool InForceOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day < EffectiveTo);
}
