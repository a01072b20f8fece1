namespace Returns.Orchestrations.Workflow;

public static class PolicyOutcomes
{
    public const string Approve = "approve";
    public const string Review = "review";
    public const string Reject = "reject";
}

/// <summary>The policy's answer; <see cref="Reason"/> is readable by the customer.</summary>
public sealed record PolicyDecision(string Outcome, string Reason, bool ApproveOnReviewTimeout);
