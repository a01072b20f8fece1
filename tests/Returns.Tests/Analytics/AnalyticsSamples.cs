using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Analytics.Report;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Analytics;

/// <summary>Facts, cells and cubes for the analytics tests.</summary>
internal static class AnalyticsSamples
{
    public const string Period = "2026-10";
    public static readonly DateOnly Month = new(2026, 10, 1);

    public static AnalyticsFilter Filter(int minSold = 30) => new(Month, Month, MinSold: minSold);

    public static OrderFact Sale(string sku, string product, string category, int units, string market = "DE", string period = Period, long value = 0) =>
        new($"o-{Guid.NewGuid():N}", period, market, [new OrderLineFact(sku, product, product + " name", category, units, value)]);

    public static ReturnFact Return(
        string sku, string product, string category, int units, string reason, string market = "DE", string period = Period, string? comment = null,
        bool returned = true, string carrier = "DHL", string route = "direct", IReadOnlyList<StageSpan>? stages = null, long cost = 0) =>
        new($"r-{Guid.NewGuid():N}", period, market, carrier, route, "refund", ReturnStages.Closed, "de", Requested: true, Returned: returned,
            ReturnStages.Closed, "USD", [new ReturnLineFact(sku, product, product + " name", category, units, reason, comment, "refund", [], 1000L * units)],
            stages ?? [], cost, Costed: cost > 0);

    /// <summary>The cells the updates add up to, as the store would hold them, in the cube's form.</summary>
    public static IReadOnlyList<CachedCell> Cells(IEnumerable<SubjectUpdate> updates)
    {
        var byPeriod = updates.GroupBy(u => u.Period);
        var cells = new List<CachedCell>();
        foreach (var period in byPeriod)
        {
            var sum = new AnalyticsContribution();
            var notes = new Dictionary<string, CellNote>(StringComparer.Ordinal);
            foreach (var update in period)
            {
                sum.AddAll(update.Contribution);
                foreach (var (key, note) in update.Notes)
                    notes.TryAdd(key, note);
            }

            cells.AddRange(sum.Cells.Select(c => CachedCell.From(new AnalyticsCell(period.Key, c.Key, c.Value, 1, notes.GetValueOrDefault(c.Key)?.Label,
                notes.GetValueOrDefault(c.Key)?.Sample is { } s ? [s] : null))));
        }

        return cells;
    }

    public static AnalyticsReport Report(IEnumerable<SubjectUpdate> updates, AnalyticsFilter filter) =>
        AnalyticsReporter.Build(Cells(updates), filter, "USD");

    public static AnalyticsCube Cube(IAnalyticsStore store) =>
        new(store, TimeProvider.System, Options.Create(new AnalyticsOptions()), NullLogger<AnalyticsCube>.Instance);
}
