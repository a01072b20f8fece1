using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Analytics.Report;

namespace Returns.Api.Handlers;

/// <summary>
/// GET /api/admin/analytics/{table}: the dashboard in one answer ("dashboard") or one table at a time, as JSON or CSV.
/// Figures come from the in-memory aggregates, never from the facts.
/// </summary>
public sealed class AnalyticsHandlers(AnalyticsCube cube, IOptions<ReturnsSettings> settings, IOptions<AnalyticsOptions> options, TimeProvider clock)
{
    public static IReadOnlyList<string> Tables { get; } =
        ["dashboard", "summary", "return-rates", "reasons", "flags", "stages", "costs", "dispositions", "themes"];

    private static readonly string[] RateGroupings = ["sku", "product", "category", "market", "period"];
    private static readonly string[] CostGroupings = ["market", "carrier", "route"];

    public async Task<IResult> GetAsync(HttpRequest request, string table, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        if (!Tables.Contains(table))
            return Problems.NotFound($"There is no analytics table '{table}'. Tables: {string.Join(", ", Tables)}.");
        var (query, error) = AnalyticsRequest.Parse(request, clock.GetUtcNow());
        if (query is null)
            return Problems.BadRequest(error!);
        if (query.Csv && table == "dashboard")
            return Problems.BadRequest("The dashboard is several tables: ask for one of them as CSV.");
        if (table == "return-rates" && query.By is { } by && !RateGroupings.Contains(by))
            return Problems.BadRequest($"by must be one of: {string.Join(", ", RateGroupings)}.");
        if (table == "costs" && query.By is { } costBy && !CostGroupings.Contains(costBy))
            return Problems.BadRequest($"by must be one of: {string.Join(", ", CostGroupings)}.");
        if (!await cube.ReadyAsync(cancellationToken))
            return Problems.Unavailable("The analytics are still loading; try again in a few seconds.");

        var watch = Stopwatch.StartNew();
        var currency = options.Value.Currency.ToUpperInvariant();
        var report = AnalyticsReporter.Build(cube.Cells(query.Filter.Periods), query.Filter, currency);
        return table switch
        {
            "dashboard" => Results.Json(Dashboard(query, report, watch), ApiJson.Options),
            "summary" => query.Csv ? Csv(AnalyticsCsv.Summary(report.Summary, currency), table) : Results.Json(new { currency, filters = query.Filters, summary = report.Summary }, ApiJson.Options),
            "return-rates" => Table(query, currency, table, RatesBy(report, query.By), rows => AnalyticsCsv.Rates(rows, currency)),
            "reasons" => Table(query, currency, table, report.Reasons, AnalyticsCsv.Reasons),
            "flags" => Table(query, currency, table, report.Flags, AnalyticsCsv.Flags),
            "stages" => Table(query, currency, table, report.Stages, AnalyticsCsv.Stages),
            "costs" => Table(query, currency, table, CostsBy(report, query.By), rows => AnalyticsCsv.Costs(rows, currency)),
            "dispositions" => Table(query, currency, table, report.Dispositions, AnalyticsCsv.Dispositions),
            _ => Table(query, currency, table, report.Themes, AnalyticsCsv.Themes),
        };
    }

    private object Dashboard(AnalyticsRequest query, AnalyticsReport report, Stopwatch watch)
    {
        var limit = query.Limit;
        return new
        {
            status = "ready",
            currency = report.Currency,
            filters = query.Filters,
            options = new { report.Choices.Markets, report.Choices.Categories, report.Choices.Carriers, periods = cube.Periods },
            summary = report.Summary,
            returnRates = new
            {
                bySku = report.BySku.Take(limit),
                byProduct = report.ByProduct.Take(limit),
                byCategory = report.ByCategory,
                byMarket = report.ByMarket,
                byPeriod = report.ByPeriod,
            },
            reasons = report.Reasons.Take(limit),
            flags = report.Flags,
            stages = report.Stages.Where(s => s.Market == "all" || s.Carrier == "all"),
            costs = new { byMarket = report.CostsByMarket, byCarrier = report.CostsByCarrier, byRoute = report.CostsByRoute },
            dispositions = report.Dispositions,
            themes = report.Themes,
            cells = cube.CellCount,
            elapsedMs = Math.Round(watch.Elapsed.TotalMilliseconds, 1),
        };
    }

    private static IReadOnlyList<RateRow> RatesBy(AnalyticsReport report, string? by) => by switch
    {
        "product" => report.ByProduct,
        "category" => report.ByCategory,
        "market" => report.ByMarket,
        "period" => report.ByPeriod,
        _ => report.BySku,
    };

    private static IReadOnlyList<CostRow> CostsBy(AnalyticsReport report, string? by) => by switch
    {
        "carrier" => report.CostsByCarrier,
        "route" => report.CostsByRoute,
        _ => report.CostsByMarket,
    };

    private static IResult Table<T>(AnalyticsRequest query, string currency, string table, IReadOnlyList<T> rows, Func<IReadOnlyList<T>, string> csv) =>
        query.Csv ? Csv(csv(rows), table) : Results.Json(new { currency, filters = query.Filters, rows }, ApiJson.Options);

    private static IResult Csv(string text, string table) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "text/csv; charset=utf-8", $"returns-{table}.csv");
}
