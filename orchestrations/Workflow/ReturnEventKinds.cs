namespace Returns.Orchestrations.Workflow;

public static class ReturnEventKinds
{
    public const string Confirmation = "confirmation";
    public const string Decision = "decision";
    public const string Scan = "scan";
    public const string Receipt = "receipt";
    public const string Inspection = "inspection";
}
