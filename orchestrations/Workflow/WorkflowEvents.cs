namespace Returns.Orchestrations.Workflow;

/// <summary>
/// External event names. Everything that happens to a return from outside arrives as one
/// <see cref="ReturnEvent"/> under a single name, so the orchestrator keeps one waiter and never
/// loses an event to a cancelled wait.
/// </summary>
public static class WorkflowEvents
{
    public const string ReturnEvent = "ReturnEvent";
}
