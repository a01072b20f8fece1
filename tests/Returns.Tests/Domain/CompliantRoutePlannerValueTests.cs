using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Workflow;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Domain;

/// <summary>The shop's "returnless below a value" rule over the cost-based route decision.</summary>
public sealed class CompliantRoutePlannerValueTests
{
    private static RoutePlan Plan(long returnlessBelow, Orchestrations.Domain.ReturnRecord request) =>
        PlanRoute(MerchantPolicy.FromOptions(new ReturnPolicyOptions { ReturnlessBelowAmount = returnlessBelow }), Order(), request);

    [Fact]
    public void Plan_ValueBelowThreshold_Returnless()
    {
        var plan = Plan(5001, Return(TeeLine(2)));

        Assert.Equal(new RoutePlan(RouteKinds.Returnless, "Sending these items back would cost more than they are worth: keep them."), plan);
    }

    [Fact]
    public void Plan_ValueExactlyAtThreshold_DecidedByCost()
    {
        var decision = Planner.Decide(MerchantPolicy.FromOptions(new ReturnPolicyOptions { ReturnlessBelowAmount = 5000 }), Network, Order(), Return(CoatLine()), DeliveredAt);

        var cheapest = decision.Options.Where(o => o.Feasible).MinBy(o => o.TotalCost.Amount)!;
        Assert.Equal(cheapest.Kind, decision.Chosen);
        Assert.Equal(RouteKinds.All.Order(), decision.Options.Select(o => o.Kind).Order());
    }
}
