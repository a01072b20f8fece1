using Microsoft.Extensions.Options;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Routing;
using Returns.Orchestrations.Workflow;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Domain;

public sealed class ValueThresholdRoutePlannerTests
{
    private static ValueThresholdRoutePlanner Planner(long returnlessBelow) =>
        new(Options.Create(new ReturnPolicyOptions { ReturnlessBelowAmount = returnlessBelow }));

    [Fact]
    public void Plan_ValueBelowThreshold_Returnless()
    {
        var plan = Planner(5001).Plan(Order(), Return(TeeLine(2)));

        Assert.Equal(new RoutePlan(RouteKinds.Returnless, "Sending these items back would cost more than they are worth: keep them."), plan);
    }

    [Fact]
    public void Plan_ValueExactlyAtThreshold_DirectToSellerCountry()
    {
        var plan = Planner(5000).Plan(Order(), Return(TeeLine(2)));

        Assert.Equal(new RoutePlan(RouteKinds.Direct, "Return directly to the seller in TW."), plan);
    }

    [Fact]
    public void Plan_ThresholdZero_NeverReturnlessEvenForFreeItems()
    {
        var free = Return(new Orchestrations.Domain.ReturnLine("GIFT", "Gift", 1, 0, "other"));

        Assert.Equal(RouteKinds.Direct, Planner(0).Plan(Order(), free).Kind);
    }
}
