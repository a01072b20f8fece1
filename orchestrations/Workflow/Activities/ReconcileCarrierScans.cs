using Microsoft.DurableTask;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// The carrier events accepted for a return that its workflow never took, oldest first. A scan raised just before the
/// host died (or storage went away) is held by the dead host's queue lease for a while; if the return closes meanwhile,
/// the workflow notes it from here, so every accepted event shows in the timeline.
/// </summary>
public sealed class ReconcileCarrierScans(ICarrierEventLog log) : TaskActivity<ScanReconciliation, IReadOnlyList<ReturnEvent>>
{
    public override async Task<IReadOnlyList<ReturnEvent>> RunAsync(TaskActivityContext context, ScanReconciliation request)
    {
        var seen = request.SeenEventIds.ToHashSet(StringComparer.Ordinal);
        return (await log.ForReturnAsync(request.ReturnId))
            .Select(e => ReturnEvent.Scan($"{e.Source}:{e.EventId}", e.OccurredAt, e.Code, e.Location, e.Description))
            .Where(e => !seen.Contains(e.EventId))
            .OrderBy(e => e.OccurredAt)
            .ToList();
    }
}
