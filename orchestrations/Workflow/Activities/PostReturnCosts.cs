using Microsoft.DurableTask;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>Posts a return's costs and recoveries at a milestone to the cost ledger; repeat-safe (fixed entry ids).</summary>
public sealed class PostReturnCosts(
    ReturnContextLoader loader, RoutingNetworkSource networks, ITaxClaimStore claims, ICostLedger ledger, TimeProvider clock)
    : TaskActivity<LedgerRequest, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, LedgerRequest request)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(request.ReturnId);
        var assessment = request.Milestone == LedgerMilestones.Shipped ? await claims.GetAsync(request.ReturnId) : null;
        var entries = LedgerPostings.For(request.Milestone, order, record, await networks.CurrentAsync(), assessment, clock.GetUtcNow());
        foreach (var entry in entries)
            await ledger.PostAsync(entry);
        return entries.Count;
    }
}
