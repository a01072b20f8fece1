using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Consolidation;

/// <summary>
/// The real <see cref="HubConsolidationOrchestrator"/> on the in-memory Durable Task host with a stubbed
/// <see cref="ShipHubConsolidation"/>; every test uses its own hub, so its own instance.
/// </summary>
public sealed class HubConsolidationHostFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DateTime>> _checks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private DurableTaskTestHost? _host;

    public DurableTaskClient Client => (_host ?? throw new InvalidOperationException("The host has not started.")).Client;

    public async Task InitializeAsync() =>
        _host = await DurableTaskTestHost.StartAsync(registry =>
        {
            registry.AddOrchestrator<HubConsolidationOrchestrator>();
            // typeof().Name, not nameof(): the Durable Task analyzer crashes (AD0001) when two AddActivityFunc calls in
            // one project register the same constant name, and the workflow stubs may register this activity too.
            registry.AddActivityFunc<string, int>(typeof(ShipHubConsolidation).Name, async (_, hubId) =>
            {
                if (_gates.TryGetValue(hubId, out var gate))
                    await gate.WaitAsync(TimeSpan.FromSeconds(30));
                _checks.GetOrAdd(hubId, _ => new ConcurrentQueue<DateTime>()).Enqueue(DateTime.UtcNow);
                return 2;
            });
        }, new DurableTaskTestHostOptions());

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    /// <summary>How many ship checks ran for a hub.</summary>
    public int ChecksOf(string hubId) => _checks.TryGetValue(hubId, out var checks) ? checks.Count : 0;

    /// <summary>Makes the hub's ship checks wait until the returned gate is released (once per check).</summary>
    public SemaphoreSlim Gate(string hubId) => _gates.GetOrAdd(hubId, _ => new SemaphoreSlim(0));
}

public sealed class HubConsolidationOrchestratorTests(HubConsolidationHostFixture host) : IClassFixture<HubConsolidationHostFixture>
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

    private static string NewHub() => "hub" + Guid.NewGuid().ToString("N")[..10];

    private async Task<string> StartAsync(string hubId, TimeSpan checkInterval)
    {
        var instanceId = HubConsolidationOrchestrator.InstanceIdFor(hubId);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(HubConsolidationOrchestrator), new HubConsolidationInput(hubId, checkInterval), new StartOrchestrationOptions(instanceId));
        using var timeout = new CancellationTokenSource(StepTimeout);
        await host.Client.WaitForInstanceStartAsync(instanceId, timeout.Token);
        return instanceId;
    }

    private Task RaiseAsync(string instanceId, string returnId) =>
        host.Client.RaiseEventAsync(instanceId, HubConsolidationOrchestrator.ParcelAddedEvent, returnId);

    private async Task WaitForChecksAsync(string hubId, int count)
    {
        var deadline = DateTime.UtcNow + StepTimeout;
        while (host.ChecksOf(hubId) < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Hub {hubId}: {host.ChecksOf(hubId)} ship check(s) within {StepTimeout}, expected {count}.");
            await Task.Delay(25);
        }
    }

    private async Task AssertRunningAsync(string instanceId, string hubId)
    {
        var metadata = await host.Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
        Assert.NotNull(metadata);
        Assert.True(
            metadata.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending,
            $"{instanceId} is {metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorMessage}");
        Assert.Equal(hubId, metadata.ReadInputAs<HubConsolidationInput>()!.HubId);
    }

    [Fact]
    public void InstanceIdFor_Hub_IsHubPrefixed()
    {
        Assert.Equal("hub-tw-tpe", HubConsolidationOrchestrator.InstanceIdFor("tw-tpe"));
        Assert.Equal("parcel_added", HubConsolidationOrchestrator.ParcelAddedEvent);
        Assert.Throws<ArgumentException>(() => HubConsolidationOrchestrator.InstanceIdFor(" "));
    }

    [Fact]
    public async Task ParcelAdded_BeforeTheTimer_TriggersAShipCheck()
    {
        var hubId = NewHub();
        var instanceId = await StartAsync(hubId, Long);
        await Task.Delay(300);
        Assert.Equal(0, host.ChecksOf(hubId));

        await RaiseAsync(instanceId, "ret-1");

        await WaitForChecksAsync(hubId, 1);
        await Task.Delay(300);
        Assert.Equal(1, host.ChecksOf(hubId));
        await AssertRunningAsync(instanceId, hubId);
    }

    [Fact]
    public async Task ParcelAdded_AfterContinueAsNew_IsStillHeard()
    {
        var hubId = NewHub();
        var instanceId = await StartAsync(hubId, Long);

        await RaiseAsync(instanceId, "ret-1");
        await WaitForChecksAsync(hubId, 1);
        await RaiseAsync(instanceId, "ret-2");
        await WaitForChecksAsync(hubId, 2);
        await RaiseAsync(instanceId, "ret-3");

        await WaitForChecksAsync(hubId, 3);
        await AssertRunningAsync(instanceId, hubId);
    }

    [Fact]
    public async Task Timer_WithoutEvents_TriggersShipChecksRoundAfterRound()
    {
        var hubId = NewHub();
        var instanceId = await StartAsync(hubId, TimeSpan.FromSeconds(1));

        await WaitForChecksAsync(hubId, 3);

        await AssertRunningAsync(instanceId, hubId);
    }

    [Fact]
    public async Task ParcelsAddedWhileAShipCheckRuns_TriggerOneMoreCheck()
    {
        var hubId = NewHub();
        var gate = host.Gate(hubId);
        var instanceId = await StartAsync(hubId, Long);

        await RaiseAsync(instanceId, "ret-1");
        await Task.Delay(500);                 // the first check is now waiting at the gate
        await RaiseAsync(instanceId, "ret-2");
        await RaiseAsync(instanceId, "ret-3");
        await Task.Delay(500);
        gate.Release(10);

        await WaitForChecksAsync(hubId, 2);    // the two parcels that came in during the first check are not lost
        await Task.Delay(500);
        Assert.Equal(2, host.ChecksOf(hubId)); // one more check covers both
        await AssertRunningAsync(instanceId, hubId);

        await RaiseAsync(instanceId, "ret-4");
        await WaitForChecksAsync(hubId, 3);
    }

    [Fact]
    public async Task Start_NonPositiveInterval_Fails()
    {
        var hubId = NewHub();
        var instanceId = HubConsolidationOrchestrator.InstanceIdFor(hubId);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(HubConsolidationOrchestrator), new HubConsolidationInput(hubId, TimeSpan.Zero), new StartOrchestrationOptions(instanceId));

        using var timeout = new CancellationTokenSource(StepTimeout);
        var metadata = await host.Client.WaitForInstanceCompletionAsync(instanceId, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, metadata.RuntimeStatus);
        Assert.Equal(0, host.ChecksOf(hubId));
    }
}
