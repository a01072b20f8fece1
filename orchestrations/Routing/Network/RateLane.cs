namespace Returns.Orchestrations.Routing.Network;

/// <summary>
/// Prices from any country in <see cref="From"/> to any in <see cref="To"/> ("*" matches every country), by weight
/// band, in minor units of <see cref="Currency"/>.
/// </summary>
public sealed record RateLane(IReadOnlyList<string> From, IReadOnlyList<string> To, string Currency, int TransitDays, IReadOnlyList<WeightBand> Bands)
{
    public bool Serves(string from, string to) => Matches(From, from) && Matches(To, to);

    /// <summary>The price of the first band the weight fits in; null when it is heavier than every band.</summary>
    public long? PriceFor(int grams) => Bands.OrderBy(b => b.UpToGrams).FirstOrDefault(b => grams <= b.UpToGrams)?.Price;

    private static bool Matches(IReadOnlyList<string> countries, string country) =>
        countries.Any(c => c == "*" || string.Equals(c, country, StringComparison.OrdinalIgnoreCase));
}
