using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Routing.Network;
using Returns.Orchestrations.Workflow;

namespace Returns.Api.Workflow;

/// <summary>
/// The long-running durable processes beside the returns: the tax-claim reminders and one consolidation process per
/// hub of the routing network. Each is started once under a fixed instance id unless it already runs.
/// </summary>
public static class BackgroundProcesses
{
    public static async Task EnsureRunningAsync(
        DurableTaskClient client, TaxClaimReminderInput reminders, RoutingNetwork network, TimeSpan hubCheckInterval, CancellationToken cancellationToken)
    {
        await EnsureAsync(client, nameof(TaxClaimReminderOrchestrator), TaxClaimReminderOrchestrator.InstanceId, reminders, cancellationToken);
        foreach (var hub in network.Hubs)
        {
            await EnsureAsync(client, nameof(HubConsolidationOrchestrator), HubConsolidationOrchestrator.InstanceIdFor(hub.Id),
                new HubConsolidationInput(hub.Id, hubCheckInterval), cancellationToken);
        }
    }

    private static async Task EnsureAsync(DurableTaskClient client, string orchestrator, string instanceId, object input, CancellationToken cancellationToken)
    {
        var existing = await client.GetInstanceAsync(instanceId, cancellationToken);
        if (existing is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
            return;
        await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId), cancellationToken);
    }
}
