using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Policy;

/// <summary>The merchant's policy layered over the law of the customer's market.</summary>
public interface IReturnPolicy
{
    /// <summary>
    /// Eligibility of one line, given the units already in other active returns; <paramref name="reason"/> (a return
    /// reason code) brings in faulty-goods rights when known.
    /// </summary>
    LineEligibility CheckLine(MerchantPolicy policy, Order order, OrderLine line, int unitsAlreadyReturned, DateTimeOffset now, string? reason = null);

    /// <summary>Approve, send to review, or refuse a confirmed return.</summary>
    PolicyDecision Decide(MerchantPolicy policy, Order order, ReturnRecord request, DateTimeOffset now);

    /// <summary>The deductions a new return is requested under: the policy's, less what the law forbids; none for faulty goods.</summary>
    RefundTerms Terms(MerchantPolicy policy, Order order, IReadOnlyList<ReturnLine> lines, DateTimeOffset now);
}
