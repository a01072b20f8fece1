using Returns.Adapters.Storage;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Analytics.Report;
using Returns.Orchestrations.Analytics.Themes;
using Returns.Orchestrations.Domain;
using Returns.Tests.Adapters;

namespace Returns.Tests.Analytics;

/// <summary>
/// The incremental aggregates, written through the Table store on Azurite by concurrent, repeated and out-of-date
/// updates, add up to exactly what a brute-force recomputation from the final facts gives.
/// </summary>
public sealed class AnalyticsAggregatesTests
{
    private static readonly string[] Periods = ["2026-09", "2026-10"];
    private static readonly string[] Markets = ["DE", "JP", "US"];
    private static readonly (string Sku, string Product, string Category)[] Skus =
        [("P1-S", "P1", "apparel"), ("P1-M", "P1", "apparel"), ("P2", "P2", "apparel"), ("P3-A", "P3", "homeware"), ("P3-B", "P3", "homeware")];
    private static readonly string[] Comments =
        ["Runs small", "Fällt sehr klein aus", "サイズが小さかったです", "颜色和照片不一样", "사진과 색상이 달라요", "Arrived broken", "lovely but not for me", null!];
    private static readonly string[] Routes = ["direct", "hub_consolidated", "returnless"];
    private static readonly string[] Carriers = ["DHL", "USPS"];

    private readonly string _scope = "t" + Guid.NewGuid().ToString("N");
    private readonly TableAnalyticsStore _store;

    public AnalyticsAggregatesTests() => _store = new(AzuriteStorage.NewStorage(), _scope);

    [Fact]
    public async Task Aggregates_RandomUpdatesConcurrentRepeatedAndStale_EqualABruteForceRecomputation()
    {
        var random = new Random(20261126);
        var orders = Enumerable.Range(0, 40).Select(i => RandomOrder(random, i)).ToArray();
        var histories = Enumerable.Range(0, 60).Select(i => History(random, i)).ToArray();

        // Orders are sent twice, the second time with other quantities; returns step through their versions, one
        // return per task, with each version applied twice and an older one replayed after the last.
        await Parallel.ForEachAsync(orders, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (pair, ct) =>
        {
            await _store.ApplyAsync(Contributions.ForOrder(pair.First), ct);
            await _store.ApplyAsync(Contributions.ForOrder(pair.Final), ct);
            await _store.ApplyAsync(Contributions.ForOrder(pair.Final), ct);
        });
        await Parallel.ForEachAsync(histories, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (history, ct) =>
        {
            foreach (var version in history)
            {
                await _store.ApplyAsync(Contributions.ForReturn(version), ct);
                await _store.ApplyAsync(Contributions.ForReturn(version), ct);
            }

            await _store.ApplyAsync(Contributions.ForReturn(history[0]), ct);
        });

        var cube = AnalyticsSamples.Cube(_store);
        await cube.LoadAsync();
        var filter = new AnalyticsFilter(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), MinSold: 1);
        var report = AnalyticsReporter.Build(cube.Cells(filter.Periods), filter, "USD");

        AssertEqualToBruteForce(report, orders.Select(o => o.Final).ToArray(), histories.Select(h => h[^1]).ToArray());
    }

    [Fact]
    public async Task ApplyAllAsync_BatchesFromTwoWritersAtOnce_EqualABruteForceRecomputation()
    {
        var random = new Random(11);
        var orders = Enumerable.Range(0, 30).Select(i => RandomOrder(random, i)).ToArray();
        var histories = Enumerable.Range(0, 80).Select(i => History(random, i)).ToArray();
        var other = new TableAnalyticsStore(AzuriteStorage.NewStorage(), _scope);

        // Each round sends every return's next step (or, once it has ended, an older one again) in batches of 25,
        // split between two stores as two hosts would be, both writing at once.
        for (var step = 0; step < 4; step++)
        {
            var round = histories.Select(h => Contributions.ForReturn(h[step < h.Length ? step : random.Next(h.Length)]))
                .Concat(orders.Select(o => Contributions.ForOrder(step == 0 ? o.First : o.Final)))
                .OrderBy(_ => random.Next()).Chunk(25).ToArray();
            await Task.WhenAll(
                Task.Run(async () => { foreach (var batch in round.Where((_, i) => i % 2 == 0)) await _store.ApplyAllAsync(batch); }),
                Task.Run(async () => { foreach (var batch in round.Where((_, i) => i % 2 == 1)) await other.ApplyAllAsync(batch); }));
        }

        // The last step of every return once more, as a final round would.
        await _store.ApplyAllAsync(histories.Select(h => Contributions.ForReturn(h[^1])).ToArray());
        var cube = AnalyticsSamples.Cube(_store);
        await cube.LoadAsync();
        var filter = new AnalyticsFilter(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), MinSold: 1);

        AssertEqualToBruteForce(AnalyticsReporter.Build(cube.Cells(filter.Periods), filter, "USD"), orders.Select(o => o.Final).ToArray(),
            histories.Select(h => h[^1]).ToArray());
    }

    [Fact]
    public async Task ApplyAsync_UpdateOfMoreCellsThanOneTransactionHolds_IsAppliedWholeAndOnce()
    {
        var contribution = new AnalyticsContribution();
        for (var i = 0; i < 250; i++)
            contribution.Add(Contributions.SkuCell("DE", "apparel", "BIG", $"BIG-{i:D3}"), CellCounters.Sold, i + 1);
        var update = new SubjectUpdate("2026-08", "bulk|1", contribution, new Dictionary<string, CellNote>());

        Assert.Equal(250, (await _store.ApplyAsync(update)).Count);
        Assert.Empty(await _store.ApplyAsync(update));
        var halved = new AnalyticsContribution();
        for (var i = 0; i < 250; i++)
            halved.Add(Contributions.SkuCell("DE", "apparel", "BIG", $"BIG-{i:D3}"), CellCounters.Sold, i % 2);
        await _store.ApplyAsync(update with { Contribution = halved });

        var cells = await _store.ReadPeriodAsync("2026-08");
        Assert.Equal(125, cells.Sum(c => c.Counters.GetValueOrDefault(CellCounters.Sold)));
        Assert.Equal(["2026-08"], await _store.PeriodsAsync());
    }

    [Fact]
    public async Task PendingAsync_UpdateMarkedAndNotConfirmed_IsListedUntilCleared()
    {
        var token = await _store.MarkPendingAsync("r|abc", ["2026-10"]);
        var later = await _store.MarkPendingAsync("r|def", ["2026-10"]);
        await _store.ClearPendingAsync("r|def", later);

        var pending = Assert.Single(await _store.PendingAsync(DateTimeOffset.UtcNow.AddMinutes(1)));
        Assert.Equal(("r|abc", "2026-10"), (pending.Subject, Assert.Single(pending.Periods)));
        Assert.Empty(await _store.PendingAsync(DateTimeOffset.UtcNow.AddMinutes(-5)));
        await _store.ClearPendingAsync("r|abc", token);
        Assert.Empty(await _store.PendingAsync(DateTimeOffset.UtcNow.AddMinutes(1)));
    }

    private static (OrderFact First, OrderFact Final) RandomOrder(Random random, int i)
    {
        OrderFact Make(int seed)
        {
            var r = new Random(seed);
            var lines = Skus.OrderBy(_ => r.Next()).Take(r.Next(1, 3))
                .Select(s => new OrderLineFact(s.Sku, s.Product, s.Product + " name", s.Category, r.Next(1, 9), r.Next(500, 9000))).ToArray();
            return new OrderFact($"O{i}", Periods[i % 2], Markets[i % 3], lines);
        }

        return (Make(random.Next()), Make(random.Next()));
    }

    /// <summary>A return's facts at each step: requested, then approved, then how it ended; version numbers grow.</summary>
    private static ReturnFact[] History(Random random, int i)
    {
        var sku = Skus[random.Next(Skus.Length)];
        var line = new ReturnLineFact(sku.Sku, sku.Product, sku.Product + " name", sku.Category, random.Next(1, 4),
            ReturnReasons.All[random.Next(ReturnReasons.All.Count)], Comments[random.Next(Comments.Length)], "refund", [], random.Next(1000, 5000));
        var requested = new ReturnFact($"R{i}", Periods[random.Next(2)], Markets[random.Next(3)], "none", "none", "refund",
            ReturnStages.AwaitingApproval, "en", Requested: true, Returned: false, null, "USD", [line], [new StageSpan(ReturnStages.AwaitingConfirmation, random.Next(60, 90_000))],
            Version: 2);
        var carrier = Carriers[random.Next(2)];
        var approved = requested with
        {
            Stage = ReturnStages.InTransit, Returned = true, Carrier = carrier, Route = Routes[random.Next(3)], Version = 5,
            Stages = [.. requested.Stages, new StageSpan(ReturnStages.LabelIssued, random.Next(3_600, 400_000))],
        };
        var ending = random.Next(4);
        var ended = ending switch
        {
            0 => approved with { Stage = ReturnStages.Expired, Returned = false, Outcome = ReturnStages.Expired, Version = 9 },
            1 => requested with { Stage = ReturnStages.Rejected, Outcome = ReturnStages.Rejected, Version = 9 },
            _ => approved with
            {
                Stage = ReturnStages.Closed, Outcome = ReturnStages.Closed, Version = 12, Cost = random.Next(100, 3000), Refunded = line.Value,
                Recovered = 300, Costed = true,
                Lines = [line with { Grades = [new GradedUnits(random.Next(2) == 0 ? "A" : "C", "restock", line.Quantity)], Cost = 100, Refunded = line.Value, Recovered = 300 }],
                Stages = [.. approved.Stages, new StageSpan(ReturnStages.InTransit, random.Next(86_400, 900_000)), new StageSpan(ReturnStages.Received, random.Next(600, 300_000))],
            },
        };
        return random.Next(3) == 0 ? [requested, ended] : [requested, approved, ended];
    }

    private static void AssertEqualToBruteForce(AnalyticsReport report, IReadOnlyList<OrderFact> orders, IReadOnlyList<ReturnFact> returns)
    {
        var soldLines = orders.SelectMany(o => o.Lines.Select(l => (o.Market, o.Period, Line: l))).ToArray();
        var returnedLines = returns.Where(r => r.Returned).SelectMany(r => r.Lines.Select(l => (r.Market, r.Period, Line: l))).ToArray();
        var requestedLines = returns.Where(r => r.Requested).SelectMany(r => r.Lines.Select(l => (r.Market, r.Period, Line: l))).ToArray();

        foreach (var (sku, _, _) in Skus)
        {
            var row = report.BySku.SingleOrDefault(r => r.Key == sku);
            var sold = soldLines.Where(l => l.Line.Sku == sku).Sum(l => (long)l.Line.Quantity);
            var back = returnedLines.Where(l => l.Line.Sku == sku).Sum(l => (long)l.Line.Quantity);
            var asked = requestedLines.Where(l => l.Line.Sku == sku).Sum(l => (long)l.Line.Quantity);
            Assert.Equal((sold, back, asked), (row?.UnitsSold ?? 0, row?.UnitsReturned ?? 0, row?.UnitsRequested ?? 0));
            Assert.Equal(returnedLines.Where(l => l.Line.Sku == sku).Sum(l => l.Line.Value), row?.ReturnedValue.Amount ?? 0);
        }

        foreach (var market in Markets)
        {
            var row = report.ByMarket.Single(r => r.Key == market);
            Assert.Equal(soldLines.Where(l => l.Market == market).Sum(l => (long)l.Line.Quantity), row.UnitsSold);
            Assert.Equal(returnedLines.Where(l => l.Market == market).Sum(l => (long)l.Line.Quantity), row.UnitsReturned);
        }

        foreach (var period in Periods)
            Assert.Equal(returnedLines.Where(l => l.Period == period).Sum(l => (long)l.Line.Quantity), report.ByPeriod.Single(r => r.Key == period).UnitsReturned);

        foreach (var mix in report.Reasons)
        {
            foreach (var share in mix.Reasons)
                Assert.Equal(returnedLines.Where(l => l.Line.Product == mix.Product && l.Line.Reason == share.Reason).Sum(l => (long)l.Line.Quantity), share.Units);
        }

        foreach (var route in report.CostsByRoute)
        {
            var of = returns.Where(r => r.Requested && r.Route == route.Key).ToArray();
            Assert.Equal((of.Length, of.Count(r => r.Returned), of.Sum(r => r.Cost)), (route.Requested, route.Returned, route.Cost.Amount));
            Assert.Equal((of.Count(r => r.Outcome == ReturnStages.Closed), of.Count(r => r.Outcome == ReturnStages.Rejected), of.Count(r => r.Outcome == ReturnStages.Expired)),
                (route.Closed, route.Rejected, route.Expired));
        }

        Assert.Equal(returns.Count(r => r.Requested), report.CostsByRoute.Sum(r => r.Requested));
        Assert.Equal(returns.Where(r => r.Returned).SelectMany(r => r.Lines).SelectMany(l => l.Grades).Sum(g => (long)g.Units), report.Dispositions.Sum(d => d.Units));

        foreach (var stage in report.Stages.Where(s => s.Market == "all" && s.Carrier == "all"))
        {
            var spans = returns.SelectMany(r => r.Stages).Where(s => s.Stage == stage.Stage).Select(s => s.Seconds).ToArray();
            Assert.Equal(spans.Length, stage.Count);
            var buckets = new long[DurationBuckets.Count];
            foreach (var seconds in spans)
                buckets[DurationBuckets.Of(seconds)]++;
            Assert.Equal(Math.Round(DurationBuckets.Quantile(buckets, 0.5)!.Value / 3600, 2), stage.MedianHours);
            Assert.Equal(Math.Round(DurationBuckets.Quantile(buckets, 0.9)!.Value / 3600, 2), stage.P90Hours);
        }

        var themes = returns.Where(r => r.Requested).SelectMany(r => r.Lines.Select(l => CommentThemes.Analyze(l.Comment, r.Language)))
            .Where(a => !a.IsEmpty).SelectMany(a => a.Themes.Count > 0 ? a.Themes : [Contributions.OtherTheme])
            .GroupBy(t => t).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(themes.OrderBy(t => t.Key), report.Themes.ToDictionary(t => t.Theme, t => t.Comments).OrderBy(t => t.Key));
    }
}
