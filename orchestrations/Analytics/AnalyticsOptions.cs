namespace Returns.Orchestrations.Analytics;

/// <summary>Analytics settings (bound from ReturnsSettings by each host).</summary>
public sealed class AnalyticsOptions
{
    /// <summary>The currency every amount is reported in (RETURNS_ANALYTICS_CURRENCY).</summary>
    public string Currency { get; set; } = "USD";

    /// <summary>
    /// How often a host re-reads the recent months from storage (RETURNS_ANALYTICS_REFRESH), to see what other instances
    /// wrote; its own writes show at once.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The months re-read on refresh, counting back from the current one: returns live for weeks, not years.</summary>
    public int RecentMonths { get; set; } = 3;

    /// <summary>How long a dashboard request waits for the first load of the aggregates before answering 503.</summary>
    public TimeSpan LoadWait { get; set; } = TimeSpan.FromSeconds(20);
}
