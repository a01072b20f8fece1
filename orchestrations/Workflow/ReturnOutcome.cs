namespace Returns.Orchestrations.Workflow;

/// <summary>How a return ended: its terminal stage and the last stage it passed through before closing.</summary>
public sealed record ReturnOutcome(string FinalStage, string? LastStage = null, string? Note = null);
