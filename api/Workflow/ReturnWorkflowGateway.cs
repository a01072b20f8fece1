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

    /// <summary>
    /// Raises an event that can come before the workflow has started (the customer's confirmation): the durable backend
    /// drops an event it takes before the instance's start is saved, and a host that died holding the start message
    /// releases it only when the queue's visibility runs out. So the workflow is started if it never was, and the event
    /// waits (up to <paramref name="maxWait"/>) until the start is saved.
    /// </summary>
    public async Task RaiseOnceStartedAsync(
        DurableTaskClient client, ReturnRecord record, ReturnEvent returnEvent, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var instance = await client.GetInstanceAsync(record.ReturnId, cancellationToken);
            if (instance is null)
                await EnsureStartedAsync(client, record, cancellationToken);
            else if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Pending || waited.Elapsed >= maxWait)
                break;
            await Task.Delay(StartPollInterval, cancellationToken);
        }

        await RaiseAsync(client, record.ReturnId, returnEvent, cancellationToken);
    }

    private static readonly TimeSpan StartPollInterval = TimeSpan.FromMilliseconds(200);
}
