namespace Returns.Orchestrations.Workflow;

/// <summary>The policy's answer; <see cref="Reason"/> is readable by the customer.</summary>
public sealed record PolicyDecision(string Outcome, string Reason, bool ApproveOnReviewTimeout);
