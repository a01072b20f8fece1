using Microsoft.DurableTask;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Decides the route and keeps every option considered on the return (the merchant sees them). A retry follows the
/// decision already kept, so the route taken and the one shown never differ.
/// </summary>
public sealed class PlanReturnRoute(
    ReturnContextLoader loader, IReturnStore returns, MerchantPolicySource policies, RoutingNetworkSource networks, IRoutePlanner planner, TimeProvider clock)
    : TaskActivity<string, RoutePlan>
{
    public override async Task<RoutePlan> RunAsync(TaskActivityContext context, string returnId)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(returnId);
        var network = await networks.CurrentAsync();
        var decision = record.RouteDecision;
        if (decision is null)
        {
            decision = planner.Decide(await policies.CurrentAsync(), network, order, record, clock.GetUtcNow());
            await returns.SaveAsync(record with { RouteDecision = decision });
        }

        return planner.PlanFor(decision, network, order, record);
    }
}
