using System.Globalization;
using Microsoft.AspNetCore.Http;
using Returns.Orchestrations.Analytics;

namespace Returns.Api.Handlers;

/// <summary>
/// The query of an analytics request: from/to months ("2026-01", default the last 12 months), market, category,
/// carrier, minSold and confidence (when a product's rate is significantly high), by (grouping), limit, format.
/// </summary>
public sealed record AnalyticsRequest(AnalyticsFilter Filter, string? By, int Limit, bool Csv)
{
    private const int MaxMonths = 120;
    private const int DefaultLimit = 100;

    public static (AnalyticsRequest? Request, string? Error) Parse(HttpRequest request, DateTimeOffset now)
    {
        string? Get(string name) => request.Query[name].ToString() is { Length: > 0 } v ? v.Trim() : null;
        var current = DateOnly.FromDateTime(now.UtcDateTime);
        var to = new DateOnly(current.Year, current.Month, 1);
        if (Get("to") is { } toText && !AnalyticsPeriods.TryParse(toText, out to))
            return (null, "to must be a month written YYYY-MM, such as 2026-11.");
        var from = to.AddMonths(-11);
        if (Get("from") is { } fromText && !AnalyticsPeriods.TryParse(fromText, out from))
            return (null, "from must be a month written YYYY-MM, such as 2026-01.");
        if (from > to)
            return (null, "from must not be after to.");
        if ((to.Year - from.Year) * 12 + to.Month - from.Month >= MaxMonths)
            return (null, $"Ask for at most {MaxMonths} months at a time.");

        var market = Get("market")?.ToUpperInvariant();
        if (market is not null && (market.Length != 2 || !market.All(char.IsAsciiLetter)))
            return (null, "market must be a two-letter country code, such as DE.");
        var category = Get("category");
        var carrier = Get("carrier");
        if (category is { Length: > 100 } || carrier is { Length: > 100 })
            return (null, "category and carrier are at most 100 characters.");

        var minSold = 30;
        if (Get("minSold") is { } minText && (!int.TryParse(minText, NumberStyles.None, CultureInfo.InvariantCulture, out minSold) || minSold is < 1 or > 1_000_000))
            return (null, "minSold must be a whole number from 1 to 1000000.");
        var confidence = 0.95;
        if (Get("confidence") is { } confText &&
            (!double.TryParse(confText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out confidence) || confidence is < 0.8 or > 0.999))
            return (null, "confidence must be a number from 0.8 to 0.999, such as 0.95.");
        var limit = DefaultLimit;
        if (Get("limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 100_000))
            return (null, "limit must be a whole number from 1 to 100000.");
        var format = Get("format") ?? "json";
        if (format is not ("json" or "csv"))
            return (null, "format must be json or csv.");

        return (new AnalyticsRequest(new AnalyticsFilter(from, to, market, category, carrier, minSold, confidence), Get("by"), limit, format == "csv"), null);
    }

    public object Filters => new
    {
        from = Filter.From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        to = Filter.To.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        market = Filter.Market,
        category = Filter.Category,
        carrier = Filter.Carrier,
        minSold = Filter.MinSold,
        confidence = Filter.Confidence,
    };
}
