using Microsoft.DurableTask.Client;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Workflow;

/// <summary>The durable backend's instances through the host's client (the Azure Storage backend: its Instances and History tables and large-message blobs).</summary>
public sealed class DurableWorkflowHistory(DurableTaskClient client) : IWorkflowHistory
{
    public async Task<bool> IsActiveAsync(string instanceId, CancellationToken cancellationToken = default) =>
        await client.GetInstanceAsync(instanceId, cancellationToken) is { IsCompleted: false };

    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        if (await client.GetInstanceAsync(instanceId, cancellationToken) is not { IsCompleted: true })
            return false;
        var result = await client.PurgeInstanceAsync(instanceId, cancellationToken);
        return result.PurgedInstanceCount > 0;
    }
}
