using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Api.Workflow;

/// <summary>Starts a return's orchestration (instance id = return id) and hands it events.</summary>
public sealed partial class ReturnWorkflowGateway(WorkflowTimings timings, ILogger<ReturnWorkflowGateway> logger)
{
    /// <summary>How long an event for a return whose workflow is still starting waits for the start to be processed.</summary>
    public static readonly TimeSpan StartWait = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan FirstStartPoll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxStartPoll = TimeSpan.FromSeconds(1);

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
                new ReturnWorkflowInput(record.ReturnId, record.Resolution, timings, Resolutions.Settled(record))
                {
                    InstantExchange = record.InstantExchange,
                    Revision = ReturnWorkflowInput.CurrentRevision,
                },
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

    /// <summary>
    /// Hands the return's workflow an event. The Azure Storage backend discards an event that reaches an instance whose
    /// start message it has not processed yet ("no such instance": under load the start message can be put back for a
    /// moment, and the event overtakes it), so for a return whose workflow has not recorded a step yet the event waits,
    /// bounded, until the instance runs. Once the workflow recorded a step its history exists and events are kept.
    /// </summary>
    public async Task RaiseAsync(DurableTaskClient client, ReturnRecord record, ReturnEvent returnEvent, CancellationToken cancellationToken)
    {
        if (record.Sequence == 0)
            await WaitUntilStartedAsync(client, record.ReturnId, cancellationToken);
        await client.RaiseEventAsync(record.ReturnId, WorkflowEvents.ReturnEvent, returnEvent, cancellationToken);
    }

    private async Task WaitUntilStartedAsync(DurableTaskClient client, string returnId, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartWait;
        var poll = FirstStartPoll;
        while (true)
        {
            var instance = await client.GetInstanceAsync(returnId, getInputsAndOutputs: false, cancellationToken);
            if (instance is null || instance.RuntimeStatus != OrchestrationRuntimeStatus.Pending)
                return;
            if (DateTime.UtcNow >= deadline)
            {
                LogStillPending(returnId, StartWait.TotalSeconds);
                return;
            }

            await Task.Delay(poll, cancellationToken);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, MaxStartPoll.Ticks));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The workflow of return {ReturnId} was still pending after {Seconds} s; raising its event anyway")]
    private partial void LogStillPending(string returnId, double seconds);
}
