using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Domain;

namespace Returns.Local.Demo;

/// <summary>
/// Eighteen months of sales and returns for the demo shop, so the analytics dashboard has something to say: a rain
/// jacket that runs small, a mug that breaks in the post, a scarf whose colour disappoints, customs holds in Australia
/// and Korea, comments in every portal language. Generated from a fixed seed, so every run writes the same history.
/// </summary>
public static class DemoHistory
{
    public const int Months = 18;

    private sealed record Product(string Stem, string Name, string Category, long PriceUsdCents, string[] Sizes, double ReturnRate, (string Reason, int Weight)[] Reasons);

    private sealed record Market(string Country, string Language, string Carrier, double Share, int TransitDays, double CustomsHoldOdds);

    private static readonly (string Reason, int Weight)[] ApparelReasons =
        [("size_too_small", 3), ("size_too_large", 3), ("changed_mind", 2), ("not_as_described", 1), ("defective", 1)];

    private static readonly (string Reason, int Weight)[] GoodsReasons =
        [("changed_mind", 3), ("not_as_described", 2), ("defective", 2), ("damaged_in_transit", 1), ("late_delivery", 1)];

    private static readonly Product[] Products =
    [
        new("TEE-BLK", "Tee black", "apparel", 2500, ["S", "M", "L", "XL"], 0.10, ApparelReasons),
        new("HOODIE-GRY", "Hoodie grey", "apparel", 6900, ["S", "M", "L", "XL"], 0.11, ApparelReasons),
        new("JACKET-RAIN", "Rain jacket", "apparel", 12900, ["S", "M", "L", "XL"], 0.27, [("size_too_small", 12), ("changed_mind", 1), ("defective", 1)]),
        new("SOCKS-3PK", "Socks 3-pack", "apparel", 1200, [], 0.03, ApparelReasons),
        new("TEA-OOLONG-100", "Oolong tea 100 g", "food", 1800, [], 0.01, GoodsReasons),
        new("MUG-CELADON", "Celadon mug", "homeware", 4200, [], 0.12, [("damaged_in_transit", 10), ("changed_mind", 1), ("not_as_described", 1)]),
        new("BOWL-CELADON", "Celadon bowl", "homeware", 3600, [], 0.04, GoodsReasons),
        new("BAG-CANVAS", "Canvas tote", "accessories", 3900, [], 0.04, GoodsReasons),
        new("SCARF-SILK", "Silk scarf", "accessories", 5900, [], 0.14, [("not_as_described", 9), ("changed_mind", 2), ("defective", 1)]),
        new("CAP-NAVY", "Navy cap", "accessories", 2900, [], 0.05, ApparelReasons),
        new("CASE-CLEAR", "Clear phone case", "accessories", 1900, [], 0.04, GoodsReasons),
        new("PHONE-LITE", "Lite phone 128 GB", "electronics", 24900, [], 0.06, [("defective", 3), ("changed_mind", 2), ("not_as_described", 1)]),
    ];

    private static readonly Market[] Markets =
    [
        new("DE", "de", "DHL Paket", 0.24, 6, 0.00),
        new("JP", "ja", "Japan Post", 0.18, 4, 0.03),
        new("US", "en", "USPS", 0.20, 8, 0.05),
        new("AU", "en", "Australia Post", 0.10, 9, 0.35),
        new("HK", "zh-Hant", "Returns Post", 0.08, 3, 0.02),
        new("KR", "ko", "Returns Post", 0.08, 4, 0.25),
        new("TW", "zh-Hant", "Returns Post", 0.07, 2, 0.00),
        new("FR", "fr", "DHL Paket", 0.05, 6, 0.00),
    ];

    /// <summary>One update per month: everything sold and returned in it, as one subject ("demo-history|2026-01").</summary>
    public static IReadOnlyList<SubjectUpdate> Updates(DateTimeOffset now, ReportingCurrency currency)
    {
        var random = new Random(20261126);
        var first = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-Months);
        var updates = new List<SubjectUpdate>();
        var returnNumber = 0;
        for (var m = 0; m < Months; m++)
        {
            var monthStart = first.AddMonths(m);
            var period = AnalyticsPeriods.Of(monthStart);
            var contribution = new AnalyticsContribution();
            var notes = new Dictionary<string, CellNote>(StringComparer.Ordinal);
            // Sales grow through the months, with a December peak.
            var volume = (1.0 + m * 0.04) * (monthStart.Month == 12 ? 1.6 : 1.0);
            foreach (var market in Markets)
            {
                foreach (var product in Products)
                {
                    foreach (var sku in Skus(product))
                    {
                        var sold = (int)Math.Round(volume * market.Share * 60 / Math.Max(1, product.Sizes.Length) * (0.7 + random.NextDouble() * 0.6));
                        if (sold == 0)
                            continue;
                        var value = currency.Convert(product.PriceUsdCents * sold, "USD");
                        Merge(contribution, notes, Contributions.ForOrder(new OrderFact($"demo-{period}-{market.Country}-{sku}", period, market.Country,
                            [new OrderLineFact(sku, product.Stem, product.Name, product.Category, sold, value)])));
                        for (var unit = 0; unit < sold; unit++)
                        {
                            if (random.NextDouble() >= product.ReturnRate)
                                continue;
                            var fact = Return(random, ++returnNumber, period, monthStart, market, product, sku, currency);
                            Merge(contribution, notes, Contributions.ForReturn(fact));
                        }
                    }
                }
            }

            updates.Add(new SubjectUpdate(period, "demo-history|" + period, contribution, notes));
        }

        return updates;
    }

    private static IEnumerable<string> Skus(Product product) =>
        product.Sizes.Length == 0 ? [product.Stem] : product.Sizes.Select(size => $"{product.Stem}-{size}");

    private static void Merge(AnalyticsContribution into, Dictionary<string, CellNote> notes, SubjectUpdate update)
    {
        into.AddAll(update.Contribution);
        foreach (var (cell, note) in update.Notes)
            notes[cell] = note;
    }

    private static ReturnFact Return(
        Random random, int number, string period, DateTimeOffset monthStart, Market market, Product product, string sku, ReportingCurrency currency)
    {
        var reason = Pick(random, product.Reasons);
        var route = product.PriceUsdCents < 2000 ? "returnless" : market.Country is "DE" or "FR" or "AU" && random.NextDouble() < 0.6 ? "hub_consolidated" : "direct";
        var returnless = route == "returnless";
        var value = currency.Convert(product.PriceUsdCents, "USD");
        var grade = returnless ? null : reason is "defective" or "damaged_in_transit" ? (random.NextDouble() < 0.7 ? "D" : "C") : (random.NextDouble() < 0.7 ? "A" : "B");
        var disposition = grade switch { "A" => "restock", "B" => "clearance", "C" => "refurbish", "D" => reason == "defective" ? "return_to_supplier" : "recycle", _ => null };
        var recovered = grade switch { "A" => value * 9 / 10, "B" => value / 2, "C" => value / 5, _ => 0 };
        var postage = currency.Convert(route == "hub_consolidated" ? 650 : returnless ? 0 : 1900 + random.Next(0, 900), "USD");
        var cost = postage + currency.Convert(returnless ? 45 : 180, "USD");
        var comment = random.NextDouble() < 0.45 ? DemoComments.For(reason, market.Language, random) : null;
        var line = new ReturnLineFact(sku, product.Stem, product.Name, product.Category, 1, reason, comment, "refund",
            grade is null ? [] : [new GradedUnits(grade, disposition!, 1)], value, value, recovered, cost);
        var carrier = returnless ? ReturnFactBuilder.NoCarrier : market.Carrier;
        return new ReturnFact($"demo-{number:D6}", period, market.Country, carrier, route, "refund", ReturnStages.Closed, market.Language,
            Requested: true, Returned: true, ReturnStages.Closed, currency.Currency, [line], Stages(random, market, returnless), cost, value, recovered, Costed: true);
    }

    /// <summary>Hours in each stage: the customer takes days to post, customs hold some markets' parcels, the warehouse inspects in a day or three.</summary>
    private static StageSpan[] Stages(Random random, Market market, bool returnless)
    {
        long Hours(double min, double max) => (long)((min + random.NextDouble() * (max - min)) * 3600);
        var spans = new List<StageSpan> { new(ReturnStages.AwaitingConfirmation, Hours(0.05, 6)), new(ReturnStages.Approved, Hours(0.001, 0.01)) };
        if (!returnless)
        {
            spans.Add(new(ReturnStages.LabelIssued, Hours(12, 96)));
            spans.Add(new(ReturnStages.InTransit, Hours(market.TransitDays * 20, market.TransitDays * 30)));
            if (random.NextDouble() < market.CustomsHoldOdds)
                spans.Add(new(ReturnStages.CustomsHold, Hours(48, 240)));
            spans.Add(new(ReturnStages.Received, Hours(8, 72)));
            spans.Add(new(ReturnStages.Inspected, Hours(0.01, 6)));
        }

        spans.Add(new(StageSpans.ToResolution, spans.Sum(s => s.Seconds)));
        return [.. spans];
    }

    private static string Pick(Random random, (string Reason, int Weight)[] weighted)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (reason, weight) in weighted)
        {
            if ((roll -= weight) < 0)
                return reason;
        }

        return weighted[^1].Reason;
    }
}
