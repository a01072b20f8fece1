namespace Returns.AnalyticsBench;

/// <summary>The synthetic shop: 200 products in 12 categories (about 800 SKUs), 15 markets, 5 carriers.</summary>
internal sealed class HistoryCatalogue
{
    public sealed record Sku(string Id, string Product, string Name, string Category, long PriceCents, double ReturnRate, string[] Reasons);

    public sealed record Market(string Country, string Language, double Weight, string Carrier, double CustomsOdds);

    private static readonly string[] Categories =
        ["apparel", "shoes", "accessories", "homeware", "electronics", "beauty", "toys", "sports", "books", "food", "jewellery", "bags"];

    private static readonly double[] CategoryRates = [0.14, 0.16, 0.05, 0.04, 0.07, 0.03, 0.04, 0.06, 0.02, 0.01, 0.05, 0.06];

    private static readonly string[] ApparelReasons = ["size_too_small", "size_too_large", "changed_mind", "not_as_described", "defective"];
    private static readonly string[] GoodsReasons = ["changed_mind", "not_as_described", "defective", "damaged_in_transit", "late_delivery", "wrong_item", "other"];

    public static readonly Market[] Markets =
    [
        new("US", "en", 0.20, "USPS", 0.04), new("DE", "de", 0.12, "DHL Paket", 0.0), new("GB", "en", 0.08, "Royal Mail", 0.05),
        new("FR", "fr", 0.06, "Colissimo", 0.0), new("ES", "es", 0.04, "Correos", 0.0), new("JP", "ja", 0.10, "Japan Post", 0.03),
        new("KR", "ko", 0.05, "CJ Logistics", 0.2), new("TW", "zh-Hant", 0.06, "Returns Post", 0.0), new("HK", "zh-Hant", 0.04, "Returns Post", 0.02),
        new("CN", "zh-Hans", 0.06, "SF Express", 0.15), new("AU", "en", 0.06, "Australia Post", 0.3), new("CA", "en", 0.05, "Canada Post", 0.1),
        new("SG", "en", 0.03, "Returns Post", 0.02), new("NZ", "en", 0.02, "NZ Post", 0.2), new("NL", "en", 0.03, "DHL Paket", 0.0),
    ];

    public HistoryCatalogue(Random random)
    {
        var skus = new List<Sku>();
        for (var p = 0; p < 200; p++)
        {
            var c = p % Categories.Length;
            var variants = 1 + random.Next(6);
            // One product in 25 comes back far more often than its category, mostly for one reason.
            var bad = p % 25 == 7;
            var reasons = c is 0 or 1 ? ApparelReasons : GoodsReasons;
            var rate = CategoryRates[c] * (0.7 + random.NextDouble() * 0.6) * (bad ? 2.5 : 1);
            var dominant = reasons[random.Next(reasons.Length)];
            for (var v = 0; v < variants; v++)
            {
                skus.Add(new Sku($"P{p:D3}-V{v}", $"P{p:D3}", $"Product {p}", Categories[c], 500 + random.Next(20_000), rate,
                    bad ? [dominant, dominant, dominant, .. reasons] : reasons));
            }
        }

        Skus = skus;
    }

    public IReadOnlyList<Sku> Skus { get; }
}
