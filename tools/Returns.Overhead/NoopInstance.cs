using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Returns.Bench;

namespace Returns.Overhead;

/// <summary>
/// Drives one no-op instance as the lifecycle bench drives a return: start it, and for each group of events wait
/// (polling its status at the bench's pace) until it waits for the group's first event, then raise the group; then
/// wait until it completes.
/// </summary>
internal sealed class NoopInstance(DurableTaskClient client, PollPacer pacer, TimeSpan pollInterval, string instanceId, NoopInput input, IReadOnlyList<int> groups)
{
    private readonly Stopwatch _clock = new();

    public string InstanceId => instanceId;

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool Completed { get; private set; }

    public string? Error { get; private set; }

    public string Phase { get; private set; } = "not started";

    public async Task RunAsync(CancellationToken ct)
    {
        _clock.Start();
        try
        {
            Phase = "start";
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(NoopOrchestrator), input, new StartOrchestrationOptions(instanceId), ct);
            var raised = 0;
            foreach (var group in groups)
            {
                Phase = $"wait {raised}";
                await WaitUntilAsync(m => WaitIndex(m) >= raised, ct);
                for (var i = 0; i < group; i++, raised++)
                    await client.RaiseEventAsync(instanceId, NoopOrchestrator.EventName, $"event-{raised}", ct);
            }

            Phase = "completion";
            var done = await WaitUntilAsync(m => m.RuntimeStatus is not (OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Running), ct);
            if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
                throw new InvalidOperationException($"ended {done.RuntimeStatus}: {done.FailureDetails?.ErrorMessage}");
            Completed = true;
            Phase = "done";
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stuck: Phase says where.
        }
        catch (Exception e) when (e is InvalidOperationException or Grpc.Core.RpcException)
        {
            Error = $"{Phase}: {e.Message}";
        }
        finally
        {
            _clock.Stop();
        }
    }

    /// <summary>The wait the instance is at (its custom status), read leniently: the sidecar may hand it over as a JSON string.</summary>
    private static int WaitIndex(OrchestrationMetadata metadata) =>
        int.TryParse(metadata.SerializedCustomStatus?.Trim('"', '\\', ' '), System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : -1;

    private async Task<OrchestrationMetadata> WaitUntilAsync(Func<OrchestrationMetadata, bool> condition, CancellationToken ct)
    {
        while (true)
        {
            await pacer.WaitTurnAsync(ct);
            var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct);
            if (metadata is not null && (condition(metadata) || metadata.RuntimeStatus is OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated))
                return metadata;
            await Task.Delay(pollInterval, ct);
        }
    }
}
