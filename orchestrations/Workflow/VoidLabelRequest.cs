namespace Returns.Orchestrations.Workflow;

public sealed record VoidLabelRequest(string ReturnId, string TrackingNumber);
