namespace Returns.Orchestrations.Workflow;

/// <summary>The return whose accepted carrier events are checked, and the event ids its workflow has already taken.</summary>
public sealed record ScanReconciliation(string ReturnId, IReadOnlyList<string> SeenEventIds);
