using Microsoft.DurableTask;
using Returns.Orchestrations.Policy;

namespace Returns.Orchestrations.Workflow.Activities;

public sealed class EvaluateReturnPolicy(ReturnContextLoader loader, MerchantPolicySource policies, IReturnPolicy policy, TimeProvider clock)
    : TaskActivity<string, PolicyDecision>
{
    public override async Task<PolicyDecision> RunAsync(TaskActivityContext context, string returnId)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(returnId);
        return policy.Decide(await policies.CurrentAsync(), order, record, clock.GetUtcNow()) with { RefundDeadline = record.Terms?.LegalRefundDeadline };
    }
}
