using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Api.Workflow;

/// <summary>Starts a return's orchestration (instance id = return id) and hands it events.</summary>
public sealed class ReturnWorkflowGateway(WorkflowTimings timings)
{
    public WorkflowTimings Timings => timings;

    /// <summary>Starts the workflow unless it already runs: a repeated request never starts a second one.</summary>
    public async Task EnsureStartedAsync(DurableTaskClient client, ReturnRecord record, CancellationToken cancellationToken)
    {
        if (await client.GetInstanceAsync(record.ReturnId, cancellationToken) is not null)
            return;
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(ReturnOrchestrator),
                new ReturnWorkflowInput(record.ReturnId, record.Resolution, timings, Resolutions.Settled(record)) { InstantExchange = record.InstantExchange },
                new StartOrchestrationOptions(record.ReturnId),
                cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A concurrent identical request may have started it first; anything else is a real failure.
            if (await client.GetInstanceAsync(record.ReturnId, cancellationToken) is null)
                throw;
        }
    }

    public Task RaiseAsync(DurableTaskClient client, string returnId, ReturnEvent returnEvent, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(returnId, WorkflowEvents.ReturnEvent, returnEvent, cancellationToken);
}
