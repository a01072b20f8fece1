using Microsoft.DurableTask;
using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Runs the tax-refund helper for a return and keeps its answer for the merchant (per return and in total); the
/// claim reminders process reads the deadlines from there. Returns how many claims are open.
/// </summary>
public sealed class AssessTaxClaims(ReturnContextLoader loader, TaxClaimAdvisor advisor, ITaxClaimStore claims, TimeProvider clock)
    : TaskActivity<string, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, string returnId)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(returnId);
        var assessment = advisor.Assess(order, record, clock.GetUtcNow());
        if (assessment.Claims.Count == 0)
            return 0;
        await claims.SaveAsync(assessment);
        return assessment.Claims.Count(c => c.Status is TaxClaimStatuses.Claimable or TaxClaimStatuses.Check);
    }
}
