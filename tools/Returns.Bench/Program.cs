using System.Diagnostics;
using System.Globalization;
using Returns.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var (options, message) = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(message);
    return message == BenchOptions.Usage ? 0 : 64;
}

using var timeout = new CancellationTokenSource(options.Timeout);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    timeout.Cancel();
};

using var api = new BenchApi(options);
try
{
    var health = await api.HealthAsync(timeout.Token);
    if (!health.IsSuccess)
    {
        Console.Error.WriteLine($"{options.Url}api/health answered {health}; is the host ready?");
        return 3;
    }
}
catch (BenchException e)
{
    Console.Error.WriteLine($"The host at {options.Url} does not answer ({e.Message}). Start it first (see tools/Returns.Bench/README.md).");
    return 3;
}

await using IConfirmLinks links = options.LinkKeyFile is { } keyFile
    ? new SignedConfirmLinks(options.Url, keyFile)
    : new OutboxConfirmLinks(api, options.PollInterval);

var run = DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture) + Random.Shared.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
Console.WriteLine($"Returns.Bench run {run} against {options.Url} (poll {options.PollInterval.TotalMilliseconds:0} ms, at most {options.MaxPollsPerSecond} status polls/s, timeout {options.Timeout}, {links.Describe()})");

var pacer = new PollPacer(options.MaxPollsPerSecond);
ReturnLifecycle NewLifecycle(string tag, int i) =>
    new(api, links, pacer, options.PollInterval, $"BENCH-{run}-{tag}{i:D5}", $"bench.{run}.{tag}{i}@example.de");

// 1. One return alone: the latency of a whole lifecycle on an otherwise idle host (also warms the host up).
ReturnLifecycle? single = null;
if (!options.SkipSingle)
{
    single = NewLifecycle("S", 0);
    await single.RunAsync(timeout.Token);
    if (!single.Completed)
    {
        Console.WriteLine($"single return {single.ReturnId ?? single.OrderNumber} did not finish: {single.Error ?? $"stuck in {single.Phase} (stage {single.LastStage ?? "?"})"}");
        return single.Error is null ? 2 : 1;
    }

    Console.WriteLine($"single return {single.ReturnId}: whole lifecycle {single.Elapsed.TotalSeconds:0.00} s  [{Breakdown(single.Phases)}]");
}

// 2. N returns at once (at most --concurrency in flight).
var lifecycles = Enumerable.Range(1, options.Returns).Select(i => NewLifecycle("P", i)).ToArray();
using var gate = new SemaphoreSlim(options.EffectiveConcurrency);
var wall = Stopwatch.StartNew();
var tasks = lifecycles.Select(async lifecycle =>
{
    try
    {
        await gate.WaitAsync(timeout.Token);
    }
    catch (OperationCanceledException)
    {
        return;
    }

    try
    {
        await lifecycle.RunAsync(timeout.Token);
    }
    finally
    {
        gate.Release();
    }
}).ToArray();

var all = Task.WhenAll(tasks);
while (!all.IsCompleted)
{
    await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(5)));
    if (!all.IsCompleted)
        Console.WriteLine($"  [{wall.Elapsed.TotalSeconds,5:0}s] {Progress(lifecycles)}");
}

await all;
wall.Stop();

var completed = lifecycles.Where(l => l.Completed).ToArray();
var failed = lifecycles.Where(l => l.Error is not null).ToArray();
var stuck = lifecycles.Where(l => !l.Completed && l.Error is null).ToArray();
var times = completed.Select(l => l.Elapsed.TotalSeconds).Order().ToArray();

Console.WriteLine($"parallel: {options.Returns} returns, concurrency {options.EffectiveConcurrency}: total {wall.Elapsed.TotalSeconds:0.0} s");
Console.WriteLine($"  completed {completed.Length}, failed {failed.Length}, stuck {stuck.Length}");
Console.WriteLine($"  throughput {completed.Length / wall.Elapsed.TotalMinutes:0.0} completed returns/minute");
if (times.Length > 0)
    Console.WriteLine($"  lifecycle per return: p50 {Percentile(times, 50):0.00} s, p95 {Percentile(times, 95):0.00} s, min {times[0]:0.00} s, max {times[^1]:0.00} s");
if (completed.Length > 0)
    Console.WriteLine($"  mean phase times: [{Breakdown(MeanPhases(completed))}]");
Console.WriteLine($"  http: {api.Requests} requests, {api.Retries} retried; {links.Describe()}");

if (options.SummaryFile is { } summaryFile)
{
    new LifecycleSummary(
        options.Returns, options.EffectiveConcurrency, (int)options.PollInterval.TotalMilliseconds, options.MaxPollsPerSecond,
        single?.ReturnId, single?.Elapsed.TotalSeconds, wall.Elapsed.TotalSeconds, completed.Length, failed.Length, stuck.Length,
        times.Length > 0 ? Percentile(times, 50) : 0, times.Length > 0 ? Percentile(times, 95) : 0, api.Requests).Write(summaryFile);
}

Console.WriteLine(stuck.Length == 0 && failed.Length == 0
    ? $"  none stuck: all {completed.Length} returns reached closed"
    : $"  NOT all closed: {failed.Length} failed, {stuck.Length} stuck (every one is listed below)");
foreach (var f in failed)
    Console.WriteLine($"  FAILED {f.ReturnId ?? f.OrderNumber}: {f.Error}");

if (stuck.Length > 0)
{
    Console.WriteLine($"  STUCK after the {options.Timeout} timeout: {stuck.Length} returns");
    foreach (var group in stuck.GroupBy(s => $"{s.Phase} (stage {s.LastStage ?? "-"})").OrderByDescending(g => g.Count()))
    {
        Console.WriteLine($"    {group.Count(),5} waiting in {group.Key}:");
        foreach (var line in group.Select(s => s.ReturnId ?? s.OrderNumber).Chunk(8))
            Console.WriteLine($"          {string.Join(", ", line)}");
    }

    return 2;
}

return failed.Length > 0 ? 1 : 0;

static string Breakdown(IReadOnlyDictionary<string, TimeSpan> phases) =>
    string.Join(" | ", ReturnLifecycle.PhaseNames.Where(phases.ContainsKey).Select(p => $"{p} {phases[p].TotalSeconds:0.00}"));

static Dictionary<string, TimeSpan> MeanPhases(IReadOnlyList<ReturnLifecycle> done) =>
    ReturnLifecycle.PhaseNames.ToDictionary(p => p, p => TimeSpan.FromSeconds(done.Average(l => l.Phases.TryGetValue(p, out var t) ? t.TotalSeconds : 0)));

static double Percentile(double[] sorted, int p) =>
    sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

static string Progress(IReadOnlyList<ReturnLifecycle> all)
{
    var done = all.Count(l => l.Completed);
    var failed = all.Count(l => l.Error is not null);
    var waiting = all.Where(l => !l.Completed && l.Error is null && l.Started)
        .GroupBy(l => l.Phase).OrderBy(g => Array.IndexOf(ReturnLifecycle.PhaseNames, g.Key))
        .Select(g => $"{g.Key} {g.Count()}");
    return $"closed {done}/{all.Count}, failed {failed}; in flight: {string.Join(", ", waiting)}";
}
