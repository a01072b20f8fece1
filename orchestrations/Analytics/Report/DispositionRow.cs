namespace Returns.Orchestrations.Analytics.Report;

/// <summary>Inspected units per grade and disposition ("pending" before one is decided).</summary>
public sealed record DispositionRow(string Grade, string Disposition, long Units);
