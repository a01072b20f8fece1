using System.Diagnostics;
using System.Globalization;
using System.Net;
using Returns.Adapters.Storage;
using Returns.AnalyticsBench;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Compliance;

// generate: writes the history through the real aggregate store; measure: times the dashboard of a running host.
var options = args.Skip(1).Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
string Option(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
var culture = CultureInfo.InvariantCulture;

switch (args.FirstOrDefault())
{
    case "generate":
        await GenerateAsync(Option("storage", "UseDevelopmentStorage=true"), int.Parse(Option("returns", "1000000"), culture), int.Parse(Option("months", "24"), culture));
        return 0;
    case "measure":
        return await MeasureAsync(new Uri(Option("url", "http://127.0.0.1:7392")), Option("api-key", "dev-admin-key"), int.Parse(Option("requests", "30"), culture));
    default:
        Console.Error.WriteLine("usage: Returns.AnalyticsBench generate --storage CONN [--returns 1000000] [--months 24] | measure --url URL [--requests 30] [--api-key KEY]");
        return 2;
}

static async Task GenerateAsync(string storage, int returns, int months)
{
    var rules = ComplianceRules.From(Path.Combine(AppContext.BaseDirectory, "rules"));
    var currency = new ReportingCurrency("USD", rules.Current);
    var watch = Stopwatch.StartNew();
    var subjects = new HistoryGenerator(returns, months, DateTimeOffset.UtcNow, currency).Build(out var sold, out var generated);
    var cells = subjects.Values.GroupBy(s => s.Period).Sum(p => p.SelectMany(s => s.Contribution.Cells.Keys).Distinct().Count());
    Console.WriteLine($"history: {generated:N0} returns, {sold:N0} units sold, {months} months, {subjects.Count:N0} subjects, {cells:N0} cells; built in {watch.Elapsed.TotalSeconds:F1} s");

    var store = new TableAnalyticsStore(new ReturnsStorage(storage));
    watch.Restart();
    // One month per worker, its subjects one after the other: writers of different months never touch the same cells.
    await Parallel.ForEachAsync(subjects.Values.GroupBy(s => s.Period), new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (month, ct) =>
    {
        foreach (var subject in month)
            await store.ApplyAsync(subject, ct);
    });
    Console.WriteLine($"written through the aggregate store in {watch.Elapsed.TotalSeconds:F1} s");

    // Single returns on top, as the workflow records them: the cost of keeping the aggregates up to date.
    var latencies = new List<double>();
    var period = AnalyticsPeriods.Of(DateTimeOffset.UtcNow);
    for (var i = 0; i < 300; i++)
    {
        var fact = new ReturnFact($"bench-live-{Guid.NewGuid():N}", period, "DE", "DHL Paket", "direct", "refund", "closed", "de", true, true, "closed", "USD",
            [new ReturnLineFact("P007-V0", "P007", "Product 7", "apparel", 1, "size_too_small", i % 3 == 0 ? "Fällt klein aus" : null, "refund", [], 4200)],
            [new StageSpan("in_transit", 86_400 + i * 60)], Version: 12);
        var one = Stopwatch.StartNew();
        await store.ApplyAsync(Contributions.ForReturn(fact));
        latencies.Add(one.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"incremental update of one return: p50 {Percentile(latencies, 0.5):F1} ms, p95 {Percentile(latencies, 0.95):F1} ms");
}

static async Task<int> MeasureAsync(Uri url, string apiKey, int requests)
{
    using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
    http.DefaultRequestHeaders.Add("x-api-key", apiKey);
    var watch = Stopwatch.StartNew();
    while (true)
    {
        using var probe = await http.GetAsync("api/admin/analytics/summary");
        if (probe.IsSuccessStatusCode)
            break;
        if (probe.StatusCode != HttpStatusCode.ServiceUnavailable || watch.Elapsed > TimeSpan.FromMinutes(10))
        {
            Console.Error.WriteLine($"The dashboard did not become ready: {(int)probe.StatusCode}");
            return 1;
        }
    }

    Console.WriteLine($"aggregates loaded and answering after {watch.Elapsed.TotalSeconds:F1} s");
    var now = DateTimeOffset.UtcNow;
    var twoYears = $"from={now.AddMonths(-23):yyyy-MM}&to={now:yyyy-MM}";
    (string Name, string Path)[] queries =
    [
        ("dashboard, last 12 months", "api/admin/analytics/dashboard"),
        ("dashboard, 24 months", "api/admin/analytics/dashboard?" + twoYears),
        ("dashboard, 24 months, market DE", "api/admin/analytics/dashboard?market=DE&" + twoYears),
        ("dashboard, 24 months, category apparel", "api/admin/analytics/dashboard?category=apparel&" + twoYears),
        ("return rates by SKU as CSV, 24 months", "api/admin/analytics/return-rates?by=sku&format=csv&" + twoYears),
        ("flags, 24 months", "api/admin/analytics/flags?" + twoYears),
    ];
    var slowest = 0.0;
    foreach (var (name, path) in queries)
    {
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < requests + 3; i++)
        {
            var one = Stopwatch.StartNew();
            var body = await http.GetByteArrayAsync(path);
            if (i >= 3)
                times.Add(one.Elapsed.TotalMilliseconds);
            bytes = body.Length;
        }

        slowest = Math.Max(slowest, Percentile(times, 0.95));
        Console.WriteLine($"{name,-42} p50 {Percentile(times, 0.5),7:F1} ms  p95 {Percentile(times, 0.95),7:F1} ms  max {times.Max(),7:F1} ms  {bytes / 1024.0,8:F0} KiB");
    }

    Console.WriteLine($"slowest p95: {slowest:F1} ms (target under 300 ms)");
    return slowest < 300 ? 0 : 1;
}

static double Percentile(List<double> values, double q)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
