using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Domain;

namespace Returns.AnalyticsBench;

/// <summary>
/// Builds the history as the workflow would record it: one fact per return, turned into its contribution by the same
/// code, added up per month, market and category (one subject each, so each marker stays small).
/// </summary>
internal sealed class HistoryGenerator(int returns, int months, DateTimeOffset end, ReportingCurrency currency)
{
    private static readonly string[] Routes = ["direct", "direct", "hub_consolidated", "returnless"];
    private static readonly string[] Comments =
    [
        "Runs small", "Too big", "Colour different from the photos", "Arrived broken", "Stopped working", "No longer needed",
        "Fällt klein aus", "Zu groß", "Kam kaputt an", "Trop petit", "La couleur est différente", "Muy pequeño", "サイズが小さかったです",
        "写真と色が違います", "届いた時に割れていました", "尺寸太小了", "颜色和照片不一样", "사이즈가 작아요", "배송 중에 깨졌어요", "the strap feels flimsy",
    ];

    public Dictionary<(string Period, string Market, string Category), SubjectUpdate> Build(out long unitsSold, out int generated)
    {
        var random = new Random(1_000_003);
        var catalogue = new HistoryCatalogue(random);
        var subjects = new Dictionary<(string, string, string), SubjectUpdate>();
        var first = new DateTimeOffset(end.Year, end.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-months + 1);
        var meanRate = catalogue.Skus.Average(s => s.ReturnRate);
        // Units sold per SKU, market and month so that the expected returns add up to the target.
        var unitsPerCell = returns / meanRate / (months * catalogue.Skus.Count * HistoryCatalogue.Markets.Sum(m => m.Weight));
        unitsSold = 0;
        generated = 0;
        var number = 0;
        for (var m = 0; m < months; m++)
        {
            var period = AnalyticsPeriods.Of(first.AddMonths(m));
            foreach (var market in HistoryCatalogue.Markets)
            {
                foreach (var sku in catalogue.Skus)
                {
                    var sold = (int)Math.Round(unitsPerCell * market.Weight * (0.5 + random.NextDouble()));
                    if (sold == 0)
                        continue;
                    unitsSold += sold;
                    var update = Subject(subjects, period, market.Country, sku.Category);
                    Add(update, Contributions.ForOrder(new OrderFact("bench", period, market.Country,
                        [new OrderLineFact(sku.Id, sku.Product, sku.Name, sku.Category, sold, currency.Convert(sku.PriceCents * sold, "USD"))])));
                    var back = Poisson(random, sold * sku.ReturnRate);
                    for (var r = 0; r < back; r++)
                    {
                        Add(update, Contributions.ForReturn(Return(random, ++number, period, market, sku)));
                        generated++;
                    }
                }
            }
        }

        return subjects;
    }

    private static SubjectUpdate Subject(Dictionary<(string, string, string), SubjectUpdate> subjects, string period, string market, string category)
    {
        if (!subjects.TryGetValue((period, market, category), out var update))
        {
            update = new SubjectUpdate(period, $"bench|{period}|{market}|{category}", new AnalyticsContribution(), new Dictionary<string, CellNote>(StringComparer.Ordinal));
            subjects[(period, market, category)] = update;
        }

        return update;
    }

    private static void Add(SubjectUpdate into, SubjectUpdate from)
    {
        into.Contribution.AddAll(from.Contribution);
        var notes = (Dictionary<string, CellNote>)into.Notes;
        foreach (var (cell, note) in from.Notes)
            notes[cell] = note;
    }

    private ReturnFact Return(Random random, int number, string period, HistoryCatalogue.Market market, HistoryCatalogue.Sku sku)
    {
        var reason = sku.Reasons[random.Next(sku.Reasons.Length)];
        var route = Routes[random.Next(Routes.Length)];
        var returnless = route == "returnless";
        var value = currency.Convert(sku.PriceCents, "USD");
        var grade = returnless ? null : "ABCD"[Math.Min(3, random.Next(5))].ToString();
        var disposition = grade switch { "A" => "restock", "B" => "clearance", "C" => "refurbish", _ => "recycle" };
        var cost = returnless ? 50 : 800 + random.Next(2500);
        var recovered = grade switch { "A" => value * 9 / 10, "B" => value / 2, "C" => value / 5, _ => 0 };
        var comment = random.NextDouble() < 0.3 ? Comments[random.Next(Comments.Length)] : null;
        var line = new ReturnLineFact(sku.Id, sku.Product, sku.Name, sku.Category, 1, reason, comment, "refund",
            grade is null ? [] : [new GradedUnits(grade, disposition, 1)], value, value, recovered, cost);
        long Hours(double min, double max) => (long)((min + random.NextDouble() * (max - min)) * 3600);
        var stages = new List<StageSpan> { new(ReturnStages.AwaitingConfirmation, Hours(0.05, 8)), new(ReturnStages.Approved, 2) };
        if (!returnless)
        {
            stages.Add(new(ReturnStages.LabelIssued, Hours(6, 120)));
            stages.Add(new(ReturnStages.InTransit, Hours(24, 300)));
            if (random.NextDouble() < market.CustomsOdds)
                stages.Add(new(ReturnStages.CustomsHold, Hours(24, 240)));
            stages.Add(new(ReturnStages.Received, Hours(4, 96)));
            stages.Add(new(ReturnStages.Inspected, Hours(0.1, 8)));
        }

        stages.Add(new(StageSpans.ToResolution, stages.Sum(s => s.Seconds)));
        return new ReturnFact($"bench-{number}", period, market.Country, returnless ? ReturnFactBuilder.NoCarrier : market.Carrier, route, "refund",
            ReturnStages.Closed, market.Language, Requested: true, Returned: true, ReturnStages.Closed, currency.Currency, [line], stages, cost, value, recovered,
            Costed: true, Version: 12);
    }

    private static int Poisson(Random random, double mean)
    {
        if (mean > 30)
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal(random)));
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
            k++;
        return k;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
