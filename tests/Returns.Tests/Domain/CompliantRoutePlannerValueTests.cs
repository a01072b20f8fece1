using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Routing;
using Returns.Orchestrations.Workflow;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Domain;

public sealed class CompliantRoutePlannerValueTests
{
    private static (CompliantRoutePlanner Planner, MerchantPolicy Policy) With(long returnlessBelow) =>
        (new CompliantRoutePlanner(new DangerousGoodsAssessor(Rules)), MerchantPolicy.FromOptions(new ReturnPolicyOptions { ReturnlessBelowAmount = returnlessBelow }));

    private static RoutePlan Plan(long returnlessBelow, Orchestrations.Domain.ReturnRecord request)
    {
        var (planner, policy) = With(returnlessBelow);
        return planner.Plan(policy, Order(), request);
    }

    [Fact]
    public void Plan_ValueBelowThreshold_Returnless()
    {
        var plan = Plan(5001, Return(TeeLine(2)));

        Assert.Equal(new RoutePlan(RouteKinds.Returnless, "Sending these items back would cost more than they are worth: keep them."), plan);
    }

    [Fact]
    public void Plan_ValueExactlyAtThreshold_DirectToSellerCountry()
    {
        var plan = Plan(5000, Return(TeeLine(2)));

        Assert.Equal(new RoutePlan(RouteKinds.Direct, "Return directly to the seller in TW."), plan);
    }

    [Fact]
    public void Plan_ThresholdZero_NeverReturnlessEvenForFreeItems()
    {
        var free = Return(new Orchestrations.Domain.ReturnLine("GIFT", "Gift", 1, 0, "other"));

        Assert.Equal(RouteKinds.Direct, Plan(0, free).Kind);
    }
}
