using Returns.Orchestrations.Routing.Network;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Routing;

/// <summary>
/// The routes through a local hub: a domestic leg to it, handling there, then either a share of the consolidated
/// freight home (priced as if the box ships full) or a local outlet's expected recovery. The refund follows the hub's
/// inspection. With several hubs serving the customer, each kind keeps its cheapest hub.
/// </summary>
internal static class HubRouteOptions
{
    public static IEnumerable<RouteOption> Build(RouteContext c)
    {
        var hubs = c.Network.Hubs.Where(h => h.Serves.Contains(c.CustomerCountry, StringComparer.OrdinalIgnoreCase)).ToList();
        if (hubs.Count == 0)
        {
            var why = $"no hub serves {c.CustomerCountry}";
            return [new RouteOptionBuilder(RouteKinds.HubConsolidated, c.Currency).Infeasible(why).Build(),
                    new RouteOptionBuilder(RouteKinds.HubLocalResale, c.Currency).Infeasible(why).Build()];
        }

        return [Best(hubs.Select(h => Consolidated(c, h))), Best(hubs.Select(h => LocalResale(c, h)))];
    }

    private static RouteOption Best(IEnumerable<RouteOption> options) =>
        options.OrderByDescending(o => o.Feasible).ThenBy(o => o.TotalCost.Amount).ThenBy(o => o.DaysToRefund).First();

    private static RouteOption Consolidated(RouteContext c, ReturnHub hub)
    {
        var b = Leg(c, hub, RouteKinds.HubConsolidated);
        var rule = hub.Consolidation;
        if (!c.Transport(hub.Country, c.HomeCountry).AllowedModes.Contains(rule.Transport))
            b.Infeasible($"dangerous goods may not travel home by {rule.Transport} in the consolidated shipment");
        var kilos = Math.Ceiling(c.WeightGrams / 100m) / 10m;
        var freight = (long)Math.Ceiling((rule.FreightPerKg * kilos) + ((decimal)rule.FixedCostPerShipment / Math.Max(1, rule.MaxParcels)));
        b.Cost("consolidated_freight", freight, hub.Currency, c, $"{kilos} kg, a full box's share of the fixed cost");
        HomeCosts.Add(b, c, hub.Country);
        return b.Build();
    }

    private static RouteOption LocalResale(RouteContext c, ReturnHub hub)
    {
        var b = Leg(c, hub, RouteKinds.HubLocalResale);
        var outlet = hub.Outlets
            .Select(o => (Outlet: o, Recovery: c.ExpectedRecovery((grade, category) => Percent(o, grade, category))))
            .OrderByDescending(x => x.Recovery)
            .FirstOrDefault();
        b.Cost("payment_fee", c.PaymentFee());
        if (outlet.Outlet is null)
            b.Infeasible($"{hub.Name} has no local outlet");
        else
            b.Cost("recovered_value", -outlet.Recovery, $"{outlet.Outlet.Kind} at {hub.Name}");
        return b.Build();
    }

    /// <summary>The domestic leg to the hub and the hub's handling, with the refund after the hub's inspection.</summary>
    private static RouteOptionBuilder Leg(RouteContext c, ReturnHub hub, string kind)
    {
        var b = new RouteOptionBuilder(kind, c.Currency)
        {
            HubId = hub.Id,
            CarrierId = hub.DomesticLeg.CarrierId,
            Transport = hub.DomesticLeg.Transport,
            Days = hub.DomesticLeg.TransitDays + c.Network.Costs.InspectionDays,
        };
        if (!c.Transport(c.CustomerCountry, hub.Country).AllowedModes.Contains(hub.DomesticLeg.Transport))
            b.Infeasible($"dangerous goods may not travel to {hub.Name} by {hub.DomesticLeg.Transport}");
        if (b.Days > c.Network.Costs.MaxDaysToRefund)
            b.Infeasible($"the refund would take longer than {c.Network.Costs.MaxDaysToRefund} days");
        b.Cost("domestic_leg", hub.DomesticLeg.PriceFor(c.WeightGrams), hub.Currency, c, $"to {hub.Name}");
        b.Cost("handling", hub.HandlingFee, hub.Currency, c, hub.Name);
        return b;
    }

    private static int Percent(HubOutlet outlet, string grade, string? category) =>
        category is not null && outlet.RecoveryPercentByCategory.TryGetValue(category, out var byGrade) && byGrade.TryGetValue(grade, out var special)
            ? special
            : outlet.RecoveryPercentByGrade.GetValueOrDefault(grade);
}
