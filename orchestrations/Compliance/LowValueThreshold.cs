namespace Returns.Orchestrations.Compliance;

/// <summary>
/// A low-value ("de minimis") import threshold in force from <see cref="EffectiveFrom"/> until the day before
/// <see cref="EffectiveTo"/>, in minor units of the market's currency. A consignment worth no more than
/// <see cref="DutyFreeUpTo"/> paid no duty; no more than <see cref="TaxFreeUpTo"/>, no import VAT/GST at the border.
/// Zero: charged from the first cent. Null: not known.
/// </summary>
/// <param name="FromCountries">When not empty, the threshold applies only to parcels sent from these countries
/// (Canada's CUSMA courier thresholds, Korea's US$200 for parcels from the US).</param>
public sealed record LowValueThreshold(
    string Id,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    long? DutyFreeUpTo,
    long? TaxFreeUpTo,
    IReadOnlyList<string> FromCountries,
    string Verification,
    IReadOnlyList<string> Sources,
    string? Notes = null)
{
    public bool InForceOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day < EffectiveTo);
}
