using System.Globalization;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Analytics count by calendar month (UTC), written "2026-11": a return in the month it was requested, a sale in the
/// month the order was placed, so a month's return rate compares like with like.
/// </summary>
public static class AnalyticsPeriods
{
    public static string Of(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly month)
    {
        month = default;
        if (text is null || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        month = parsed;
        return true;
    }

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IReadOnlyList<string> Between(DateOnly from, DateOnly to)
    {
        var months = new List<string>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
            months.Add(m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        return months;
    }
}
