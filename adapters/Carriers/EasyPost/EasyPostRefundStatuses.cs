namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// A Shipment's <c>refund_status</c>. "rejected" may be retried (EasyPost: refunds asked for right after purchase are
/// sometimes wrongly rejected); "not_applicable" (bill-on-scan carriers) never changes: such a label costs nothing unused.
/// </summary>
public static class EasyPostRefundStatuses
{
    public const string Submitted = "submitted";
    public const string Refunded = "refunded";
    public const string Rejected = "rejected";
    public const string NotApplicable = "not_applicable";

    /// <summary>Whether the label is void for the adapter's purposes (nothing more to ask EasyPost).</summary>
    public static bool IsSettled(string? status) => status is Submitted or Refunded or NotApplicable;
}
