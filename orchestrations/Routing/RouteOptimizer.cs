using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Routing.Network;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Routing;

/// <summary>
/// Costs every way a return could go (direct, via a hub consolidated or resold locally, returnless, the customer's
/// own carrier), keeps those that meet the service promise, the dangerous-goods rules and the shop's routing rules,
/// and picks the cheapest (then the fastest). All options are kept with their breakdown.
/// </summary>
public sealed class RouteOptimizer(ComplianceRules rules, DangerousGoodsAssessor dangerousGoods)
{
    public RouteDecision Decide(MerchantPolicy policy, RoutingNetwork network, Order order, ReturnRecord record, DateTimeOffset now)
    {
        var c = new RouteContext(order, record, policy, network, rules.Current, dangerousGoods);
        var options = new List<RouteOption> { DirectRouteOption.Build(c) };
        options.AddRange(HubRouteOptions.Build(c));
        options.Add(KeepOrOwnCarrierOptions.Returnless(c));
        options.Add(KeepOrOwnCarrierOptions.OwnCarrier(c));

        var chosen = Choose(c, options);
        return new RouteDecision(chosen, c.Currency, options, now, network.Version);
    }

    private static string Choose(RouteContext c, List<RouteOption> options)
    {
        var returnless = options.First(o => o.Kind == RouteKinds.Returnless);
        // The shop's explicit rule, and goods no carrier may take, both end in a returnless refund.
        if (c.Value < c.Policy.ReturnlessBelowAmount || !options.Any(o => o.Feasible && o.Kind != RouteKinds.Returnless))
        {
            options[options.IndexOf(returnless)] = returnless with { Feasible = true };
            return RouteKinds.Returnless;
        }

        return options.Where(o => o.Feasible)
            .OrderBy(o => o.TotalCost.Amount)
            .ThenBy(o => o.DaysToRefund)
            .ThenBy(o => RouteKinds.All.ToList().IndexOf(o.Kind))
            .First().Kind;
    }
}
