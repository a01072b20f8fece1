using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Returns.Tests.EndToEnd;
using Returns.Tests.Payments;
using Xunit.Abstractions;

namespace Returns.Tests.Faults;

/// <summary>
/// Many returns in flight at different stages (requests, confirmations, merchant reviews, carrier scans, receipts,
/// inspections, Stripe refunds) while the real local host process is killed with SIGKILL at seeded random points and
/// started again on the same data; the partners resend what failed. Every accepted request must show in the end, every
/// return close with exactly one refund, and every integration event keep one id per step.
/// </summary>
public sealed class CrashUnderLoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task LocalHost_KilledUnderLoadAndRestarted_NothingAcceptedLostNoRefundTwiceNoReturnStuck()
    {
        var options = FaultRunOptions.FromEnvironment();
        var random = new Random(options.Seed);
        var runId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var linkKey = RandomNumberGenerator.GetBytes(32);
        await using var stripe = await StripeStub.StartAsync();
        await using var events = await EventReceiver.StartAsync();
        await using var host = await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["RETURNS_LINK_SIGNING_KEY"] = Convert.ToBase64String(linkKey),
            ["RETURNS_STRIPE_API_KEY"] = StripeStub.ApiKey,
            ["RETURNS_STRIPE_API_BASE"] = stripe.ApiBase.ToString(),
            ["RETURNS_WEBHOOK_URLS"] = events.Url.ToString(),
        });
        var load = new FaultLoad(host, linkKey, options.StepTimeout);
        var trips = Enumerable.Range(0, options.Returns).Select(i => FaultLoad.Plan(i, runId)).ToList();

        // Crash points on the count of accepted requests (about six per return), spread over the run.
        var expectedAccepted = options.Returns * 6;
        var killAt = Enumerable.Range(0, options.Kills)
            .Select(k => (int)(expectedAccepted * (0.1 + 0.75 * (k + random.NextDouble()) / Math.Max(1, options.Kills))))
            .ToArray();
        var clock = Stopwatch.StartNew();
        var recoveries = new List<TimeSpan>();
        using var driving = new CancellationTokenSource();
        var killer = Task.Run(async () =>
        {
            foreach (var threshold in killAt)
            {
                while (load.AcceptedCount < threshold && !driving.IsCancellationRequested)
                    await Task.Delay(20);
                if (driving.IsCancellationRequested)
                    return;
                await host.KillAsync();
                var down = Stopwatch.StartNew();
                await host.RestartAsync();
                recoveries.Add(down.Elapsed);
                output.WriteLine($"kill at {load.AcceptedCount} accepted requests ({clock.Elapsed.TotalSeconds:0.0} s): healthy again after {down.Elapsed.TotalSeconds:0.0} s");
            }
        });

        using var gate = new SemaphoreSlim(options.Concurrency);
        var drivers = trips.Select(async trip =>
        {
            var tripRandom = new Random(options.Seed + trip.Index);
            await Task.Delay(options.Stagger * trip.Index);
            await gate.WaitAsync();
            try
            {
                await load.DriveAsync(trip, tripRandom);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        try
        {
            await Task.WhenAll(drivers);
        }
        finally
        {
            driving.Cancel();
            await killer;
        }

        var driven = clock.Elapsed;
        Assert.Equal(options.Kills, recoveries.Count); // every planned crash happened while the load was running

        // No return stuck; every accepted request reflected; one refund each; one event id per step.
        var finals = await FaultVerdict.AllClosedAsync(load, trips, TimeSpan.FromMinutes(2));
        var closedAfter = clock.Elapsed;
        FaultVerdict.EveryAcceptedRequestReflected(load, finals);
        FaultVerdict.OneRefundEach(stripe, trips, finals);
        var (ids, deliveries, superseding) = await FaultVerdict.EventsOncePerStepAsync(events, trips, finals);

        var repeats = deliveries - ids;
        output.WriteLine($"seed {options.Seed}: {options.Returns} returns, {options.Kills} kill(s) -9 at accepted request #{string.Join(", #", killAt)}");
        output.WriteLine($"accepted requests {load.Accepted.Count} ({load.Accepted.Count(a => a.AfterRetry)} only after a resend; {load.Retries} resent requests answered)");
        output.WriteLine($"recovery (kill to healthy): {string.Join(", ", recoveries.Select(r => $"{r.TotalSeconds:0.0} s"))}");
        output.WriteLine($"driven in {driven.TotalSeconds:0.0} s, all closed after {closedAfter.TotalSeconds:0.0} s");
        output.WriteLine($"Stripe: {stripe.Refunds.Count} refunds for {trips.Count} returns from {stripe.Requests.Count} requests");
        output.WriteLine($"integration events: {ids} ids, {deliveries} deliveries ({repeats} repeats of an id already delivered, {superseding} superseding a lost execution's)");
    }
}
