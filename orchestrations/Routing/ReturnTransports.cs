using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Routing;

/// <summary>
/// How a parcel of dangerous goods can leave the customer: straight home if the rules allow it, else to a hub that
/// serves the customer's country (a damaged battery may go by ground to a hub in the same country).
/// </summary>
public sealed class ReturnTransports(DangerousGoodsAssessor dangerousGoods)
{
    public TransportAssessment For(Order order, RoutingNetwork network, IReadOnlyList<(string Sku, string? UnNumber, string? BatteryCondition)> lines)
    {
        var home = dangerousGoods.Assess(order.ShipTo.Country, order.ShipFrom.Country, lines);
        if (home.CanShip || !home.HasDangerousGoods)
            return home;
        return network.Hubs
            .Where(h => h.Serves.Contains(order.ShipTo.Country, StringComparer.OrdinalIgnoreCase))
            .Select(h => dangerousGoods.Assess(order.ShipTo.Country, h.Country, lines))
            .FirstOrDefault(a => a.CanShip) ?? home;
    }
}
