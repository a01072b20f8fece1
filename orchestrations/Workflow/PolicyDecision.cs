namespace Returns.Orchestrations.Workflow;

/// <summary>
/// The policy's answer; <see cref="Reason"/> is readable by the customer. <see cref="RefundDeadline"/> is the law's
/// deadline for the refund when a statutory right covers the return (the workflow warns the merchant before it).
/// </summary>
public sealed record PolicyDecision(string Outcome, string Reason, bool ApproveOnReviewTimeout)
{
    public Compliance.RefundDeadline? RefundDeadline { get; init; }
}
