using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Orchestrations.Routing.Consolidation;

/// <summary>
/// One eternal instance per hub (<see cref="InstanceIdFor"/>) that decides when the hub's open batch ships home. It
/// sleeps until a parcel is added (<see cref="ParcelAddedEvent"/>, raised after <see cref="AddParcelToHub"/>) or
/// <see cref="HubConsolidationInput.CheckInterval"/> passes, asks <see cref="ShipHubConsolidation"/> to ship what is
/// due (again while parcels keep arriving during a check), and continues as new so its history stays short.
/// </summary>
public sealed partial class HubConsolidationOrchestrator : TaskOrchestrator<HubConsolidationInput, int>
{
    /// <summary>The external event a return's workflow raises once its parcel is in the hub's batch (payload: the return id).</summary>
    public const string ParcelAddedEvent = "parcel_added";

    private const string InstancePrefix = "hub-";

    /// <summary>Checks in one execution at most, so a hub that never goes quiet still continues as new (the timer covers the rest).</summary>
    private const int MaxRoundsPerExecution = 10;

    public static string InstanceIdFor(string hubId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubId);
        return InstancePrefix + hubId;
    }

    public override async Task<int> RunAsync(TaskOrchestrationContext context, HubConsolidationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(input.CheckInterval, TimeSpan.Zero, nameof(input));

        // Event waiters are never cancelled (a cancelled waiter could still swallow an event); the timer is.
        var parcelAdded = context.WaitForExternalEvent<string?>(ParcelAddedEvent);
        if (!parcelAdded.IsCompleted)
        {
            using var timerCancellation = new CancellationTokenSource();
            var timer = context.CreateTimer(context.CurrentUtcDateTime + input.CheckInterval, timerCancellation.Token);
            if (await Task.WhenAny(parcelAdded, timer) == parcelAdded)
            {
                timerCancellation.Cancel();
            }
        }

        // Events raised while a check runs are not carried over by ContinueAsNew on every backend (the local
        // Azure Storage sidecar and the in-memory test host drop them), so they are handled here: every event
        // already in is consumed, and one more check runs when any came in during the last one.
        var shipped = 0;
        var rounds = 0;
        do
        {
            while (parcelAdded.IsCompleted)
            {
                parcelAdded = context.WaitForExternalEvent<string?>(ParcelAddedEvent);
            }

            shipped += await ShipDueAsync(context, input.HubId);
        }
        while (parcelAdded.IsCompleted && ++rounds < MaxRoundsPerExecution);

        context.ContinueAsNew(input, preserveUnprocessedEvents: true);
        return shipped;
    }

    private static async Task<int> ShipDueAsync(TaskOrchestrationContext context, string hubId)
    {
        var retry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(5), 2, TimeSpan.FromMinutes(5)));
        try
        {
            return await context.CallActivityAsync<int>(nameof(ShipHubConsolidation), hubId, retry);
        }
        catch (TaskFailedException e)
        {
            // The process must outlive a storage or network outage: the batch stays open and the next round retries.
            LogShipFailed(context.CreateReplaySafeLogger<HubConsolidationOrchestrator>(), hubId, e.FailureDetails.ErrorMessage);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hub {HubId}: shipping the consolidated batch failed ({Error}); the next round retries")]
    private static partial void LogShipFailed(ILogger logger, string hubId, string error);
}
