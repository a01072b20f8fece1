using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Routing;
using Returns.Orchestrations.Workflow;
using static Returns.Tests.Compliance.ComplianceScenarios;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Routing;

/// <summary>The route a return takes with the shipped network: cheapest feasible option, every option recorded.</summary>
public sealed class RouteDecisionScenarioTests
{
    private static readonly MerchantPolicy Policy = Merchant();

    private static RouteDecision Decide(Order order, params ReturnLine[] lines) =>
        Planner.Decide(Policy, Network, order, Return(lines) with { OrderNumber = order.OrderNumber, Currency = order.Currency }, DayAfterDelivery(3));

    private static OrderLine Item(string sku, long price, int grams, string category = "apparel", string? un = null, string? battery = null) =>
        new(sku, sku, 1, price, "610910", "TW", category, grams, DangerousGoods: un, BatteryCondition: battery);

    [Fact]
    public void LowValueTShirtFromGermany_EndsReturnless()
    {
        var tee = Item("TEE-BASIC", 590, 180);

        var decision = Decide(Shipped("TW", "DE", null, tee), ReturnOf(tee, "size_too_large"));

        Assert.Equal(RouteKinds.Returnless, decision.Chosen);
        Assert.Equal(5, decision.Options.Count);
    }

    [Fact]
    public void ExpensiveJacketFromGermany_GoesThroughTheGermanHub()
    {
        var jacket = Item("JACKET-DOWN", 24_900, 900);

        var decision = Decide(Shipped("TW", "DE", null, jacket), ReturnOf(jacket, "size_too_small"));

        Assert.True(RouteKinds.ViaHub(decision.Chosen), $"chosen {decision.Chosen}");
        Assert.Equal("hub-de", decision.ChosenOption.HubId);
        var direct = decision.Options.Single(o => o.Kind == RouteKinds.Direct);
        Assert.True(direct.Feasible);
        Assert.True(decision.ChosenOption.TotalCost.Amount < direct.TotalCost.Amount);
    }

    [Fact]
    public void ReturnFromACountryWithoutAHub_GoesDirect()
    {
        var jacket = Item("JACKET-DOWN", 249_000, 900);
        var order = Shipped("TW", "KR", null, jacket) with { Currency = "KRW" };

        var decision = Decide(order, ReturnOf(jacket, "size_too_small"));

        Assert.Equal(RouteKinds.Direct, decision.Chosen);
        Assert.All(decision.Options.Where(o => RouteKinds.ViaHub(o.Kind)), o => Assert.Contains("no hub serves KR", o.Reasons));
    }

    [Fact]
    public void LooseLithiumBatteryFromGermany_TravelsByGround()
    {
        var battery = Item("PWR-CELL", 29_900, 300, "electronics", "UN3480", BatteryConditions.Intact);

        var decision = Decide(Shipped("TW", "DE", null, battery), ReturnOf(battery, "changed_mind"));

        Assert.Equal(TransportModes.Ground, decision.ChosenOption.Transport);
        Assert.False(decision.Options.Single(o => o.Kind == RouteKinds.Direct).Feasible);
    }

    [Fact]
    public void InspectedCategory_NeverReturnless()
    {
        var cable = Item("CABLE-USB", 900, 60, "electronics");
        var policy = Policy with { InspectCategories = ["electronics"] };

        var decision = Planner.Decide(policy, Network, Shipped("TW", "DE", null, cable), Return(ReturnOf(cable)) with { Currency = "EUR" }, DayAfterDelivery(3));

        Assert.NotEqual(RouteKinds.Returnless, decision.Chosen);
        Assert.Contains("the shop always inspects electronics", decision.Options.Single(o => o.Kind == RouteKinds.Returnless).Reasons);
    }

    [Fact]
    public void EveryOption_TotalIsTheSumOfItsBreakdown()
    {
        var jacket = Item("JACKET-DOWN", 24_900, 900);

        var decision = Decide(Shipped("TW", "DE", null, jacket), ReturnOf(jacket, "changed_mind"));

        Assert.All(decision.Options, o => Assert.Equal(o.Breakdown.Sum(i => i.Amount), o.TotalCost.Amount));
    }
}
