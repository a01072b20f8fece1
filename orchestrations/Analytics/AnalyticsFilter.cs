namespace Returns.Orchestrations.Analytics;

/// <summary>
/// What the dashboard looks at: months <see cref="From"/> to <see cref="To"/> (first days), and optionally one market,
/// category or carrier. The category narrows product figures; the carrier narrows cost and stage figures.
/// <see cref="MinSold"/> and <see cref="Confidence"/> set when a product's return rate counts as significantly high.
/// </summary>
public sealed record AnalyticsFilter(
    DateOnly From, DateOnly To, string? Market = null, string? Category = null, string? Carrier = null, int MinSold = 30, double Confidence = 0.95)
{
    public IReadOnlyList<string> Periods => AnalyticsPeriods.Between(From, To);

    public bool MatchesMarket(string market) => Market is null || string.Equals(Market, market, StringComparison.OrdinalIgnoreCase);

    public bool MatchesCategory(string category) => Category is null || string.Equals(Category, category, StringComparison.OrdinalIgnoreCase);

    public bool MatchesCarrier(string carrier) => Carrier is null || string.Equals(Carrier, carrier, StringComparison.OrdinalIgnoreCase);
}
