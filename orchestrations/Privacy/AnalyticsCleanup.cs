namespace Returns.Orchestrations.Privacy;

/// <summary>
/// What is left to do in the aggregates for one erased return once its facts were rebuilt: remove its example
/// comments from the month's cells, and delete the keyword cells only its customer's own words had filled.
/// </summary>
public sealed record AnalyticsCleanup(string Period, string Subject, IReadOnlyList<string> KeywordCells);
