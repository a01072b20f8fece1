namespace Returns.Orchestrations.Workflow;

public static class PolicyOutcomes
{
    public const string Approve = "approve";
    public const string Review = "review";
    public const string Reject = "reject";
}
