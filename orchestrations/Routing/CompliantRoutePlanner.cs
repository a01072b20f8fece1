using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Routing;

/// <summary>
/// Direct return to the seller by the cheapest transport the dangerous-goods rules allow; a returnless refund when
/// no carrier may take the parcel (the customer keeps it and disposes of it safely) or when the goods are worth less
/// than the policy's threshold.
/// </summary>
public sealed class CompliantRoutePlanner(DangerousGoodsAssessor dangerousGoods) : IRoutePlanner
{
    public RoutePlan Plan(MerchantPolicy policy, Order order, ReturnRecord request)
    {
        var transport = dangerousGoods.Assess(order, request.Lines);
        if (!transport.CanShip)
        {
            var what = string.Join(", ", transport.Lines.Select(l => l.Damaged ? $"{l.UnNumber} (damaged)" : l.UnNumber).Distinct());
            return new RoutePlan(
                RouteKinds.Returnless,
                $"No carrier may take {what} from {order.ShipTo.Country} to {order.ShipFrom.Country}: the customer keeps the item and takes it to a battery or hazardous-waste collection point.")
            { DangerousGoodsBlocked = true };
        }

        if (request.ReturnedValue().Amount < policy.ReturnlessBelowAmount)
            return new RoutePlan(RouteKinds.Returnless, "Sending these items back would cost more than they are worth: keep them.");
        var by = transport.HasDangerousGoods ? $" by {transport.Mode} ({string.Join("; ", transport.Marks)})" : "";
        return new RoutePlan(RouteKinds.Direct, $"Return directly to the seller in {order.ShipFrom.Country}{by}.") { Transport = transport.HasDangerousGoods ? transport.Mode : null };
    }
}
