using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Local.Durable;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Workflow.Activities;
using Returns.Tests.Adapters;
using Xunit.Abstractions;

namespace Returns.Tests.Consolidation;

public sealed class ZzProbeTests(ITestOutputHelper output)
{
    private static readonly ConcurrentQueue<string> Log = new();
    private static readonly SemaphoreSlim Gate = new(0);

    [Fact]
    public async Task ProbeAzurite()
    {
        var options = new LocalDurableOptions
        {
            StorageConnectionString = AzuriteStorage.ConnectionString,
            TaskHubName = "probe" + AzuriteStorage.Unique().ToLowerInvariant(),
            SidecarSocketPath = Path.Combine(Path.GetTempPath(), $"probe-{Guid.NewGuid():N}.sock"),
        };
        var name = typeof(ShipHubConsolidation).Name;
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddLocalDurableTask(options, r =>
        {
            r.AddOrchestrator<HubConsolidationOrchestrator>();
            r.AddActivityFunc<string, int>(name, async (_, hub) => { await Gate.WaitAsync(30_000); Log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} check"); return 0; });
        });
        using var host = builder.Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        var id = HubConsolidationOrchestrator.InstanceIdFor("tw");
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(HubConsolidationOrchestrator), new HubConsolidationInput("tw", TimeSpan.FromMinutes(10)), new StartOrchestrationOptions(id));
        await client.WaitForInstanceStartAsync(id);
        await client.RaiseEventAsync(id, HubConsolidationOrchestrator.ParcelAddedEvent, "a");
        await Task.Delay(3000);
        await client.RaiseEventAsync(id, HubConsolidationOrchestrator.ParcelAddedEvent, "b");
        await client.RaiseEventAsync(id, HubConsolidationOrchestrator.ParcelAddedEvent, "c");
        await Task.Delay(3000);
        Log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} release");
        Gate.Release(10);
        await Task.Delay(10000);
        Log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} raise d");
        await client.RaiseEventAsync(id, HubConsolidationOrchestrator.ParcelAddedEvent, "d");
        await Task.Delay(5000);
        foreach (var l in Log) output.WriteLine(l);
        var m = await client.GetInstanceAsync(id, true);
        output.WriteLine($"{m!.RuntimeStatus} {m.SerializedInput}");
        await host.StopAsync();
    }
}
