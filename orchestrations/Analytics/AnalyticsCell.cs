namespace Returns.Orchestrations.Analytics;

/// <summary>
/// One aggregate cell as stored: its counters (empty once nothing counts in it any more), a version that grows with
/// every write (so a cache keeps the newest copy), the display label and the example comments.
/// </summary>
public sealed record AnalyticsCell(
    string Period, string Key, IReadOnlyDictionary<string, long> Counters, long Version, string? Label = null, IReadOnlyList<CommentSample>? Samples = null)
{
    public IReadOnlyList<CommentSample> Samples { get; init; } = Samples ?? [];
}
