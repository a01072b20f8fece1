using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Routing.Network;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Routing;

/// <summary>
/// Turns the optimizer's decision into the workflow's plan, with the sentence the timeline shows. When no carrier
/// may take dangerous goods, the customer keeps the item and disposes of it safely.
/// </summary>
public sealed class CompliantRoutePlanner(RouteOptimizer optimizer, DangerousGoodsAssessor dangerousGoods) : IRoutePlanner
{
    public RouteDecision Decide(MerchantPolicy policy, RoutingNetwork network, Order order, ReturnRecord request, DateTimeOffset now) =>
        optimizer.Decide(policy, network, order, request, now);

    public RoutePlan PlanFor(RouteDecision decision, RoutingNetwork network, Order order, ReturnRecord request)
    {
        var chosen = decision.ChosenOption;
        var transport = dangerousGoods.Assess(order, request.Lines);
        var blocked = chosen.Kind == RouteKinds.Returnless && transport.HasDangerousGoods
            && !decision.Options.Any(o => o.Feasible && o.Kind != RouteKinds.Returnless);
        return new RoutePlan(chosen.Kind, Reason(chosen, network, order, transport, blocked))
        {
            Transport = transport.HasDangerousGoods ? chosen.Transport : null,
            DangerousGoodsBlocked = blocked,
            CarrierId = chosen.CarrierId,
            ServiceId = chosen.ServiceId,
            HubId = chosen.HubId,
        };
    }

    private static string Reason(RouteOption chosen, RoutingNetwork network, Order order, TransportAssessment transport, bool blocked)
    {
        if (blocked)
        {
            var what = string.Join(", ", transport.Lines.Select(l => l.Damaged ? $"{l.UnNumber} (damaged)" : l.UnNumber).Distinct());
            return $"No carrier may take {what} from {order.ShipTo.Country} to {order.ShipFrom.Country}: the customer keeps the item and takes it to a battery or hazardous-waste collection point.";
        }

        var hub = network.Hubs.FirstOrDefault(h => h.Id == chosen.HubId);
        var by = transport.HasDangerousGoods && chosen.Transport is { } mode ? $" by {mode} ({string.Join("; ", transport.Marks)})" : "";
        return chosen.Kind switch
        {
            RouteKinds.Returnless => "Sending these items back would cost more than they are worth: keep them.",
            RouteKinds.HubConsolidated => $"Return to {hub?.Name} in {hub?.Country}{by}; it ships home with other returns.",
            RouteKinds.HubLocalResale => $"Return to {hub?.Name} in {hub?.Country}{by}; the goods stay in {hub?.Country}.",
            RouteKinds.CustomerCarrier => $"Send the parcel with a carrier of your choice to the seller in {order.ShipFrom.Country}.",
            _ => $"Return directly to the seller in {order.ShipFrom.Country}{by}.",
        };
    }
}
