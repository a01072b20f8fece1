using Microsoft.DurableTask;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Routing;

namespace Returns.Orchestrations.Workflow.Activities;

public sealed class PlanReturnRoute(ReturnContextLoader loader, MerchantPolicySource policies, IRoutePlanner planner) : TaskActivity<string, RoutePlan>
{
    public override async Task<RoutePlan> RunAsync(TaskActivityContext context, string returnId)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(returnId);
        return planner.Plan(await policies.CurrentAsync(), order, record);
    }
}
