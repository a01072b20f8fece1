using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Routing;

/// <summary>Decides how the goods travel back (or that they stay with the customer).</summary>
public interface IRoutePlanner
{
    RoutePlan Plan(MerchantPolicy policy, Order order, ReturnRecord request);
}
