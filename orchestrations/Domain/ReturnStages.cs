namespace Returns.Orchestrations.Domain;

/// <summary>The stage names of the HTTP contract; stable once landed.</summary>
public static class ReturnStages
{
    public const string AwaitingConfirmation = "awaiting_confirmation";
    public const string AwaitingApproval = "awaiting_approval";
    public const string Approved = "approved";
    public const string LabelIssued = "label_issued";
    public const string InTransit = "in_transit";
    public const string CustomsHold = "customs_hold";
    public const string Received = "received";
    public const string Inspected = "inspected";
    public const string RefundIssued = "refund_issued";
    public const string CreditIssued = "credit_issued";
    public const string ExchangeShipped = "exchange_shipped";
    public const string Closed = "closed";
    public const string Rejected = "rejected";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All =
    [
        AwaitingConfirmation, AwaitingApproval, Approved, LabelIssued, InTransit, CustomsHold, Received,
        Inspected, RefundIssued, CreditIssued, ExchangeShipped, Closed, Rejected, Expired, Cancelled,
    ];

    /// <summary>Stages a return never leaves.</summary>
    public static bool IsTerminal(string stage) =>
        stage is Closed or Rejected or Expired or Cancelled;

    /// <summary>Terminal stages in which the goods stay with the customer, so the lines are returnable again.</summary>
    public static bool ReleasesLines(string stage) => stage is Rejected or Expired or Cancelled;

    /// <summary>Stages in which the parcel is on its way and a receipt may be recorded.</summary>
    public static bool AwaitsParcel(string stage) => stage is LabelIssued or InTransit or CustomsHold;

    public static bool IsKnown(string stage) => All.Contains(stage);
}
