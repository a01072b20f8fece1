namespace Returns.Orchestrations.Analytics;

/// <summary>Units of a line inspected at one grade and given one disposition ("pending" until one is decided).</summary>
public sealed record GradedUnits(string Grade, string Disposition, int Units);
