namespace Returns.Orchestrations.Workflow;

public static class ReminderKinds
{
    public const string LabelUnused = "label_unused";
    public const string InspectionLate = "inspection_late";
    public const string ApprovalNeeded = "approval_needed";
    public const string CustomsHold = "customs_hold";
    public const string CustomsHoldOverdue = "customs_hold_overdue";
    public const string RefundDeadlineNear = "refund_deadline_near";
    public const string ReceiptDiscrepancy = "receipt_discrepancy";
    public const string InstantExchangeCompensated = "instant_exchange_compensated";

    /// <summary>A partner step (label, refund, exchange shipment) failed after its retries and waits for the merchant.</summary>
    public const string StepParked = "step_parked";
}
