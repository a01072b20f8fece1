namespace Returns.Orchestrations.Analytics.Report;

/// <summary>Everything the dashboard shows for one filter.</summary>
public sealed record AnalyticsReport(
    string Currency,
    ReportSummary Summary,
    IReadOnlyList<RateRow> BySku,
    IReadOnlyList<RateRow> ByProduct,
    IReadOnlyList<RateRow> ByCategory,
    IReadOnlyList<RateRow> ByMarket,
    IReadOnlyList<RateRow> ByPeriod,
    IReadOnlyList<ReasonMixRow> Reasons,
    IReadOnlyList<ProductFlag> Flags,
    IReadOnlyList<StageRow> Stages,
    IReadOnlyList<CostRow> CostsByMarket,
    IReadOnlyList<CostRow> CostsByCarrier,
    IReadOnlyList<CostRow> CostsByRoute,
    IReadOnlyList<DispositionRow> Dispositions,
    IReadOnlyList<ThemeRow> Themes,
    FilterChoices Choices);
