namespace Returns.Orchestrations.Analytics.Report;

/// <summary>
/// Time spent in one stage for a market and carrier ("all" when not split): median and 90th percentile in hours, from
/// log-scale histograms (within 12.5 %). <see cref="Bottleneck"/> marks the slowest stage (by 90th percentile) of its group.
/// </summary>
public sealed record StageRow(
    string Market, string Carrier, string Stage, string WaitsOn, long Count, double? MedianHours, double? P90Hours, double? MeanHours, bool Bottleneck);
