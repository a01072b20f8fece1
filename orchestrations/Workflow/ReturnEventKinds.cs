namespace Returns.Orchestrations.Workflow;

public static class ReturnEventKinds
{
    public const string Confirmation = "confirmation";
    public const string Decision = "decision";
    public const string Scan = "scan";
    public const string Receipt = "receipt";
    public const string Inspection = "inspection";

    /// <summary>The merchant asks for a parked step to be tried again now.</summary>
    public const string Retry = "retry";
}
