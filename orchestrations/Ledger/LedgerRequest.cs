namespace Returns.Orchestrations.Ledger;

/// <summary>Input of the activity that posts a return's costs at a milestone (one of <see cref="LedgerMilestones"/>).</summary>
public sealed record LedgerRequest(string ReturnId, string Milestone);
