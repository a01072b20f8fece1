namespace Returns.Orchestrations.Workflow;

public sealed record ReturnWorkflowInput(string ReturnId, string Resolution, WorkflowTimings Timings);
