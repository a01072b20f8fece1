using System.Diagnostics;
using System.Globalization;

namespace Returns.Load;

/// <summary>
/// One run: seed through the API, then lookups, webhooks (and the timeline check of their events) and creations, each
/// in stages of rising rate with a pause between phases. Used by Program and by the smoke test in ./test.sh.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadReport> RunAsync(LoadOptions options, TextWriter log, CancellationToken ct)
    {
        using var api = new LoadApi(options);
        await EnsureHealthyAsync(api, options.Url, ct);

        var run = DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture) + Random.Shared.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
        log.WriteLine($"Returns.Load run {run} against {options.Url}: stages of {options.StageDuration.TotalSeconds:0.#} s, lookups [{Rates(options.LookupRates)}]/s, " +
            $"webhooks [{Rates(options.WebhookRates)}]/s, creations [{Rates(options.CreationRates)}]/s, at most {options.MaxInFlight} in flight");

        var stages = new List<StageResult>();
        ReflectionResult? reflection = null;
        WebhookLedger? ledger = null;
        var seedClock = Stopwatch.StartNew();
        try
        {
            var seeder = new Seeder(api, run, log);
            var lookupOrders = options.LookupRates.Count > 0 ? await seeder.OrdersAsync("K", options.LookupOrders, ct) : [];
            var creations = (int)options.CreationRates.Sum(r => Math.Round(r * options.StageDuration.TotalSeconds));
            var creationOrders = creations > 0 ? await seeder.OrdersAsync("C", creations, ct) : [];
            var labelled = options.WebhookRates.Count > 0 ? await seeder.LabelledReturnsAsync(options.LabelledReturns, TimeSpan.FromMinutes(5), ct) : [];
            seedClock.Stop();
            log.WriteLine($"seeded {lookupOrders.Count} lookup orders, {creationOrders.Count} orders to return, {labelled.Count} returns with labels in {seedClock.Elapsed.TotalSeconds:0.0} s");

            var lookupBodies = lookupOrders.Select(o => LoadApi.LookupBody(o.OrderNumber, o.Email)).ToArray();
            foreach (var rate in options.LookupRates)
            {
                await SettleAsync(options, ct);
                stages.Add(await StageAsync(options, rate, "lookup", async (i, token) =>
                {
                    var (status, _) = await api.LookupAsync(lookupBodies[i % lookupBodies.Length], token);
                    return new RequestOutcome(status, status == 200);
                }, log, ct));
            }

            if (options.WebhookRates.Count > 0)
            {
                ledger = new WebhookLedger(run, labelled, options.DuplicateEvery);
                foreach (var rate in options.WebhookRates)
                {
                    await SettleAsync(options, ct);
                    stages.Add(await StageAsync(options, rate, "webhook", (_, token) => ledger.SendNextAsync(api, token), log, ct));
                }

                log.WriteLine($"checking that the {ledger.Accepted.Count} accepted events reached their returns' timelines...");
                var cpu = new CpuWatch(options.CpuProcesses);
                var before = cpu.Snapshot();
                reflection = await new ReflectionCheck(api, ledger, log).RunAsync(options.ReflectTimeout, ct);
                reflection = reflection with { CpuSeconds = CpuWatch.Between(before, cpu.Snapshot()) };
            }

            var creationBodies = creationOrders.Select(o => LoadApi.ReturnBody(o.OrderNumber, o.Email)).ToArray();
            var next = -1;
            foreach (var rate in options.CreationRates)
            {
                await SettleAsync(options, ct);
                stages.Add(await StageAsync(options, rate, "creation", async (_, token) =>
                {
                    var (status, _) = await api.RequestReturnAsync(creationBodies[Interlocked.Increment(ref next) % creationBodies.Length], token);
                    return new RequestOutcome(status, status == 202);
                }, log, ct));
            }

            return new LoadReport(stages, reflection, ledger?.Repeats ?? 0, ledger?.Unmatched ?? 0, seedClock.Elapsed.TotalSeconds, null);
        }
        catch (Exception e) when (e is LoadException or OperationCanceledException)
        {
            var why = e is LoadException ? e.Message : $"the run's timeout ({options.Timeout}) passed";
            return new LoadReport(stages, reflection, ledger?.Repeats ?? 0, ledger?.Unmatched ?? 0, seedClock.Elapsed.TotalSeconds, why);
        }
    }

    private static async Task<StageResult> StageAsync(
        LoadOptions options, double rate, string kind, Func<int, CancellationToken, Task<RequestOutcome>> send, TextWriter log, CancellationToken ct)
    {
        var cpu = new CpuWatch(options.CpuProcesses);
        var before = cpu.Snapshot();
        var result = await new OpenLoopStage(rate, options.StageDuration, options.MaxInFlight, options.RequestTimeout).RunAsync(kind, send, ct);
        result = result with { CpuSeconds = CpuWatch.Between(before, cpu.Snapshot()) };
        log.WriteLine($"  {kind} {rate:0}/s: {result.Sent} sent, {result.Ok} ok, {result.Faults} 5xx/failed, {result.AchievedRate:0.0}/s achieved, " +
            $"p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms, p99 {result.P99:0.0} ms, max {result.Max:0.0} ms; " +
            $"cpu s {string.Join(", ", result.CpuSeconds.Select(c => $"{c.Key} {c.Value:0.0}"))} in {result.Seconds:0.0} s");
        return result;
    }

    private static Task SettleAsync(LoadOptions options, CancellationToken ct) =>
        options.Settle > TimeSpan.Zero ? Task.Delay(options.Settle, ct) : Task.CompletedTask;

    private static async Task EnsureHealthyAsync(LoadApi api, Uri url, CancellationToken ct)
    {
        try
        {
            var (status, body) = await api.HealthAsync(ct);
            if (status != 200)
                throw new HostUnavailableException($"{url}api/health answered {status} {body}; is the host ready?");
        }
        catch (HttpRequestException e)
        {
            throw new HostUnavailableException($"The host at {url} does not answer ({e.Message}).");
        }
    }

    private static string Rates(IReadOnlyList<double> rates) => string.Join(",", rates.Select(r => r.ToString("0.#", CultureInfo.InvariantCulture)));
}
