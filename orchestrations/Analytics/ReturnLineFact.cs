namespace Returns.Orchestrations.Analytics;

/// <summary>
/// One returned line: what came back, why, what was done with it and what it cost or brought back (minor units of the
/// reporting currency; <see cref="Cost"/> is the line's share of the return's cost, by value).
/// </summary>
public sealed record ReturnLineFact(
    string Sku,
    string Product,
    string ProductName,
    string Category,
    int Quantity,
    string Reason,
    string? Comment,
    string Resolution,
    IReadOnlyList<GradedUnits> Grades,
    long Value,
    long Refunded = 0,
    long Recovered = 0,
    long Cost = 0)
{
    /// <summary>The analysis of an erased comment (<see cref="Domain.ReturnLine.Topics"/>): counted as the comment was, without it.</summary>
    public Themes.CommentAnalysis? Topics { get; init; }
}
