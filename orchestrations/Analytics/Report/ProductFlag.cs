namespace Returns.Orchestrations.Analytics.Report;

/// <summary>
/// A product returned significantly more often than its category: the lower end of its rate's confidence interval
/// (<see cref="Low"/>..<see cref="High"/>) lies above the category's rate without it (<see cref="Baseline"/>, the
/// shop's when the category has too few other sales), with at least the minimum units sold. <see cref="Ratio"/> is
/// the rate over the baseline; null when nothing else came back.
/// </summary>
public sealed record ProductFlag(
    string Product, string ProductName, string Category, long UnitsSold, long UnitsReturned, double ReturnRate, double Low, double High,
    double Baseline, string BaselineKind, double? Ratio, string? DominantReason, string Action, string ActionText);
