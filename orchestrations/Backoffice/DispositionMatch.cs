namespace Returns.Orchestrations.Backoffice;

/// <summary>The disposition the table chose for a unit and why: the winning row, its number in the file and the table's version.</summary>
/// <param name="RuleNumber">The row's position in <c>dispositions.json</c>, from 1.</param>
public sealed record DispositionMatch(string Disposition, DispositionRule Rule, int RuleNumber, string Version);
