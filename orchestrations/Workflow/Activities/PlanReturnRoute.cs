using Microsoft.DurableTask;
using Returns.Orchestrations.Routing;

namespace Returns.Orchestrations.Workflow.Activities;

public sealed class PlanReturnRoute(ReturnContextLoader loader, IRoutePlanner planner) : TaskActivity<string, RoutePlan>
{
    public override async Task<RoutePlan> RunAsync(TaskActivityContext context, string returnId)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(returnId);
        return planner.Plan(order, record);
    }
}
