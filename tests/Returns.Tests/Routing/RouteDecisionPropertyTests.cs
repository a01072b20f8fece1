using Returns.Orchestrations.Routing;
using Returns.Orchestrations.Routing.Network;
using static Returns.Tests.Compliance.ComplianceScenarios;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Routing;

/// <summary>Over random rate tables and returns, the chosen route is never dearer than another feasible one.</summary>
public sealed class RouteDecisionPropertyTests
{
    [Fact]
    public void Decide_RandomRateTables_ChosenIsTheCheapestFeasible()
    {
        var random = new Random(20261126);
        string[] countries = ["DE", "FR", "JP", "US", "KR", "AU", "TW"];
        string[] reasons = ["size_too_small", "defective", "changed_mind", "wrong_item"];
        for (var run = 0; run < 300; run++)
        {
            var network = Randomized(Network, random);
            var country = countries[random.Next(countries.Length)];
            var line = Tee with { UnitPrice = random.Next(100, 60_000), WeightGrams = random.Next(50, 4_000) };
            var order = Shipped("TW", country, null, line);
            var record = Return(ReturnOf(line, reasons[random.Next(reasons.Length)])) with { Currency = order.Currency };

            var decision = Planner.Decide(Merchant(), network, order, record, DayAfterDelivery(2));

            var chosen = decision.ChosenOption;
            Assert.All(decision.Options.Where(o => o.Feasible), o => Assert.True(
                chosen.TotalCost.Amount <= o.TotalCost.Amount,
                $"run {run}: chose {chosen.Kind} at {chosen.TotalCost.Amount} over {o.Kind} at {o.TotalCost.Amount}"));
        }
    }

    /// <summary>The shipped network with every price, fee and freight rate scaled at random.</summary>
    private static RoutingNetwork Randomized(RoutingNetwork network, Random random)
    {
        long Scale(long amount) => (long)(amount * (0.2 + (random.NextDouble() * 3)));
        IReadOnlyList<WeightBand> Bands(IReadOnlyList<WeightBand> bands) => [.. bands.Select(b => b with { Price = Scale(b.Price) })];
        return network with
        {
            Carriers = [.. network.Carriers.Select(c => c with
            {
                Services = [.. c.Services.Select(s => s with { Lanes = [.. s.Lanes.Select(l => l with { Bands = Bands(l.Bands) })] })],
            })],
            Hubs = [.. network.Hubs.Select(h => h with
            {
                HandlingFee = Scale(h.HandlingFee),
                DomesticLeg = h.DomesticLeg with { Bands = Bands(h.DomesticLeg.Bands) },
                Consolidation = h.Consolidation with { FreightPerKg = Scale(h.Consolidation.FreightPerKg) },
            })],
            Costs = network.Costs with { HomeHandlingFee = Scale(network.Costs.HomeHandlingFee) },
        };
    }
}
