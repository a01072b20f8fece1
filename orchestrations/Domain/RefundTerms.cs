namespace Returns.Orchestrations.Domain;

/// <summary>
/// The deductions shown to the customer when they asked for the return, kept with it so the refund applies
/// exactly what was shown: a restocking fee in percent of the returned value, and return postage (minor units)
/// when the customer pays it.
/// </summary>
public sealed record RefundTerms(int RestockingFeePercent, long ReturnPostage)
{
    public static RefundTerms None { get; } = new(0, 0);
}
