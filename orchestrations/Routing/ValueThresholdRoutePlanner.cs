using Microsoft.Extensions.Options;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Routing;

/// <summary>Direct return to the seller, or a returnless refund when the goods are worth less than the threshold.</summary>
public sealed class ValueThresholdRoutePlanner(IOptions<ReturnPolicyOptions> options) : IRoutePlanner
{
    public RoutePlan Plan(Order order, ReturnRecord request)
    {
        var value = request.ReturnedValue().Amount;
        if (value < options.Value.ReturnlessBelowAmount)
            return new RoutePlan(RouteKinds.Returnless, "Sending these items back would cost more than they are worth: keep them.");
        var destination = order.ShipFrom.Country;
        return new RoutePlan(RouteKinds.Direct, $"Return directly to the seller in {destination}.");
    }
}
