namespace Returns.Orchestrations.Workflow;

public sealed record RoutePlan(string Kind, string Reason);
