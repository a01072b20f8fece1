namespace Returns.Orchestrations.Ledger;

/// <summary>What a cost-ledger entry records. Costs are positive amounts, money coming back is negative.</summary>
public static class LedgerKinds
{
    public const string Label = "label";
    public const string DomesticLeg = "domestic_leg";
    public const string ConsolidationShare = "consolidation_share";
    public const string DutyPaid = "duty_paid";
    public const string DutyRecovered = "duty_recovered";
    public const string Handling = "handling";
    public const string PaymentFee = "payment_fee";
    public const string Refund = "refund";
    public const string Credit = "credit";
    public const string RecoveredValue = "recovered_value";

    public static IReadOnlyList<string> All { get; } =
        [Label, DomesticLeg, ConsolidationShare, DutyPaid, DutyRecovered, Handling, PaymentFee, Refund, Credit, RecoveredValue];
}
