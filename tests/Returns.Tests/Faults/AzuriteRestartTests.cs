using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Returns.Tests.EndToEnd;
using Returns.Tests.Payments;
using Xunit.Abstractions;

namespace Returns.Tests.Faults;

/// <summary>
/// The storage emulator stopped and started again (same ports, same data) while the local host works through a load of
/// returns: the host recovers by itself (health answers ok again, no restart), nothing accepted is lost and every
/// return closes with one refund. The test runs its own Azurite, so it never disturbs the one other tests share.
/// </summary>
public sealed class AzuriteRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task LocalHost_AzuriteRestartedUnderLoad_RecoversWithoutRestartAndLosesNothing()
    {
        var options = FaultRunOptions.FromEnvironment();
        var returns = Math.Max(6, options.Returns / 2);
        var downtime = TimeSpan.FromSeconds(Environment.GetEnvironmentVariable("RETURNS_FAULT_LONG") == "1" ? 30 : 5);
        var runId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var linkKey = RandomNumberGenerator.GetBytes(32);
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var stripe = await StripeStub.StartAsync();
        await using var events = await EventReceiver.StartAsync();
        await using var host = await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["RETURNS_STORAGE"] = azurite.ConnectionString,
            ["RETURNS_LINK_SIGNING_KEY"] = Convert.ToBase64String(linkKey),
            ["RETURNS_STRIPE_API_KEY"] = StripeStub.ApiKey,
            ["RETURNS_STRIPE_API_BASE"] = stripe.ApiBase.ToString(),
            ["RETURNS_WEBHOOK_URLS"] = events.Url.ToString(),
        });
        var load = new FaultLoad(host, linkKey, options.StepTimeout);
        var trips = Enumerable.Range(0, returns).Select(i => FaultLoad.Plan(i, runId)).ToList();

        var clock = Stopwatch.StartNew();
        var stopAt = returns * 6 * (0.2 + 0.4 * new Random(options.Seed).NextDouble());
        TimeSpan? healthy = null;
        using var driving = new CancellationTokenSource();
        var outage = Task.Run(async () =>
        {
            while (load.AcceptedCount < stopAt && !driving.IsCancellationRequested)
                await Task.Delay(20);
            if (driving.IsCancellationRequested)
                return;
            await azurite.StopAsync();
            output.WriteLine($"Azurite stopped at {load.AcceptedCount} accepted requests ({clock.Elapsed.TotalSeconds:0.0} s), down for {downtime.TotalSeconds:0} s");
            await Task.Delay(downtime);
            await azurite.RestartAsync();
            var back = Stopwatch.StartNew();
            healthy = await WaitForHealthAsync(host, TimeSpan.FromMinutes(3)) ? back.Elapsed : null;
            output.WriteLine($"Azurite back; host healthy again after {back.Elapsed.TotalSeconds:0.0} s");
        });

        var drivers = trips.Select(async trip =>
        {
            await Task.Delay(options.Stagger * trip.Index);
            await load.DriveAsync(trip, new Random(options.Seed + trip.Index));
        }).ToList();
        try
        {
            await Task.WhenAll(drivers);
        }
        finally
        {
            driving.Cancel();
            await outage;
        }

        Assert.NotNull(healthy);
        Assert.True(host.IsRunning, "The host process died while Azurite was away.");
        var finals = await FaultVerdict.AllClosedAsync(load, trips, TimeSpan.FromMinutes(2));
        var closedAfter = clock.Elapsed;
        FaultVerdict.EveryAcceptedRequestReflected(load, finals);
        FaultVerdict.OneRefundEach(stripe, trips, finals);
        var (ids, deliveries, superseding) = await FaultVerdict.EventsOncePerStepAsync(events, trips, finals);

        output.WriteLine($"{returns} returns, {load.Accepted.Count} accepted requests ({load.Retries} answered only after a resend)");
        output.WriteLine($"health ok {healthy!.Value.TotalSeconds:0.0} s after Azurite listened again; all closed after {closedAfter.TotalSeconds:0.0} s");
        output.WriteLine($"Stripe: {stripe.Refunds.Count} refunds from {stripe.Requests.Count} requests; events: {ids} ids, {deliveries} deliveries, {superseding} superseding");
    }

    private static async Task<bool> WaitForHealthAsync(LocalHostProcess host, TimeSpan timeout)
    {
        using var probe = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                using var response = await probe.GetAsync("/api/health");
                if (response.StatusCode == HttpStatusCode.OK)
                    return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        return false;
    }
}
