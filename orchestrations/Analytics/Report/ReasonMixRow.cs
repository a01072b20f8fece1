namespace Returns.Orchestrations.Analytics.Report;

/// <summary>Why one product comes back: units returned per reason, largest first.</summary>
public sealed record ReasonMixRow(string Product, string ProductName, string Category, long UnitsReturned, IReadOnlyList<ReasonShare> Reasons, string? DominantReason);
