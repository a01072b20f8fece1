using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Routing.Network;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Routing;

/// <summary>Decides how the goods travel back (or that they stay with the customer).</summary>
public interface IRoutePlanner
{
    /// <summary>Costs every option and picks one.</summary>
    RouteDecision Decide(MerchantPolicy policy, RoutingNetwork network, Order order, ReturnRecord request, DateTimeOffset now);

    /// <summary>The workflow's plan for a decision: the route, its carrier, hub and transport, and the timeline's sentence.</summary>
    RoutePlan PlanFor(RouteDecision decision, RoutingNetwork network, Order order, ReturnRecord request);
}
