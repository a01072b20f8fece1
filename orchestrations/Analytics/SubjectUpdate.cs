namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Everything one subject ("r|{returnId}", "o|{orderNumber}") now contributes to one month's cells, with the notes
/// for the cells it touches. Applying it replaces what the subject contributed before. <see cref="Version"/> is the
/// subject's own sequence (a return's workflow step): an update older than the one applied is ignored, so two writers
/// racing on one return cannot leave the older state behind.
/// </summary>
public sealed record SubjectUpdate(string Period, string Subject, AnalyticsContribution Contribution, IReadOnlyDictionary<string, CellNote> Notes)
{
    public long Version { get; init; }

    public static string ReturnSubject(string returnId) => "r|" + returnId;

    public static string OrderSubject(string orderNumber) => "o|" + orderNumber;
}
