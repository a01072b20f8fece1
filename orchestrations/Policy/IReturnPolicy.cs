using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Policy;

public interface IReturnPolicy
{
    /// <summary>Eligibility of one line, given the units already in other active returns.</summary>
    LineEligibility CheckLine(Order order, OrderLine line, int unitsAlreadyReturned, DateTimeOffset now);

    /// <summary>Approve, send to review, or refuse a confirmed return.</summary>
    PolicyDecision Decide(Order order, ReturnRecord request, DateTimeOffset now);
}
