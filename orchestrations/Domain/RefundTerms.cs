namespace Returns.Orchestrations.Domain;

/// <summary>
/// The deductions shown to the customer when they asked for the return, kept with it so the refund applies
/// exactly what was shown: a restocking fee in percent of the returned value, return postage (minor units) when the
/// customer pays it, the outbound delivery charge the law requires refunding, a loss-of-value deduction by grade, and
/// the law's refund deadline.
/// </summary>
public sealed record RefundTerms(int RestockingFeePercent, long ReturnPostage)
{
    public static RefundTerms None { get; } = new(0, 0);

    /// <summary>The outbound delivery charge refunded with the money (minor units; the law requires it for a whole order).</summary>
    public long OutboundDelivery { get; init; }

    /// <summary>
    /// Percent of a unit's price deducted for loss of value by its inspected grade ("C": 30), where policy and law allow
    /// it; null for none.
    /// </summary>
    public IReadOnlyDictionary<string, int>? LossOfValuePercentByGrade { get; init; }

    /// <summary>The law's refund deadline for this return, when a statutory right covers it.</summary>
    public Compliance.RefundDeadline? LegalRefundDeadline { get; init; }

    /// <summary>Whether the terms deduct or add anything at all.</summary>
    public bool IsNone => RestockingFeePercent == 0 && ReturnPostage == 0 && OutboundDelivery == 0 && LossOfValuePercentByGrade is not { Count: > 0 } && LegalRefundDeadline is null;
}
