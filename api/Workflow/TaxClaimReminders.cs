using Microsoft.DurableTask.Client;
using Returns.Orchestrations.Workflow;

namespace Returns.Api.Workflow;

/// <summary>Starts the one claim-reminder instance unless it is already running.</summary>
public static class TaxClaimReminders
{
    public static async Task EnsureRunningAsync(DurableTaskClient client, TaxClaimReminderInput input, CancellationToken cancellationToken)
    {
        var existing = await client.GetInstanceAsync(TaxClaimReminderOrchestrator.InstanceId, cancellationToken);
        if (existing is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
            return;
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(TaxClaimReminderOrchestrator), input, new Microsoft.DurableTask.StartOrchestrationOptions(TaxClaimReminderOrchestrator.InstanceId), cancellationToken);
    }
}
