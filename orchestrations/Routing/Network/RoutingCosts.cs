namespace Returns.Orchestrations.Routing.Network;

/// <summary>
/// The cost assumptions around the legs, in minor units of <see cref="Currency"/> unless stated: handling at the
/// seller's warehouse, the payment provider's refund fee, how returned goods usually grade by reason, what restocking
/// at home recovers by grade, the duty a re-import pays when no relief applies, and the days from receipt to refund.
/// </summary>
/// <param name="GradeOdds">reason → grade (A-D) → probability (the values of one reason add up to 1).</param>
/// <param name="HomeRecoveryPercentByGrade">Percent of the price paid recovered by restocking at home, by grade.</param>
/// <param name="ReimportDutyPercent">country → duty percent on re-import without relief ("*" for any other).</param>
/// <param name="InspectionDays">Days from receipt to inspection and refund.</param>
/// <param name="MaxDaysToRefund">The service promise: routes that refund later are not chosen.</param>
public sealed record RoutingCosts(
    string Currency,
    long HomeHandlingFee,
    decimal PaymentFeePercent,
    long PaymentFeeFixed,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> GradeOdds,
    IReadOnlyDictionary<string, int> HomeRecoveryPercentByGrade,
    IReadOnlyDictionary<string, decimal> ReimportDutyPercent,
    int InspectionDays,
    int MaxDaysToRefund);
