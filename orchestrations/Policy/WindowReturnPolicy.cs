using System.Globalization;
using Microsoft.Extensions.Options;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Policy;

/// <summary>
/// A return window counted from delivery, final-sale lines excluded, and a merchant review above a
/// value. Reasons are plain sentences the customer reads.
/// </summary>
public sealed class WindowReturnPolicy(IOptions<ReturnPolicyOptions> options) : IReturnPolicy
{
    private ReturnPolicyOptions Options => options.Value;

    public LineEligibility CheckLine(Order order, OrderLine line, int unitsAlreadyReturned, DateTimeOffset now)
    {
        var windowEndsAt = (order.DeliveredAt ?? order.PlacedAt).AddDays(Options.WindowDays);
        var remaining = Math.Max(0, line.Quantity - unitsAlreadyReturned);

        if (line.HasTag(Options.FinalSaleTag))
            return new LineEligibility(false, 0, null, "This item was sold as final sale and cannot be returned.", IneligibleCodes.FinalSale);
        if (order.DeliveredAt is null)
            return new LineEligibility(false, 0, null, "This order has not been delivered yet; returns open once it arrives.", IneligibleCodes.NotDelivered);
        if (now > windowEndsAt)
            return new LineEligibility(false, 0, windowEndsAt, $"The return window closed on {windowEndsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", IneligibleCodes.WindowClosed);
        if (remaining == 0)
            return new LineEligibility(false, 0, windowEndsAt, "All units of this item are already in a return.", IneligibleCodes.AllReturned);
        return new LineEligibility(true, remaining, windowEndsAt, null);
    }

    public PolicyDecision Decide(Order order, ReturnRecord request, DateTimeOffset now)
    {
        foreach (var line in request.Lines)
        {
            var orderLine = order.FindLine(line.Sku);
            if (orderLine is null)
                return Reject($"Item {line.Sku} is not part of order {order.OrderNumber}.");
            // The units of this very return are not "already returned" when it is decided.
            var check = CheckLine(order, orderLine, 0, now);
            if (!check.Eligible)
                return Reject(check.IneligibleReason!);
        }

        var value = request.ReturnedValue().Amount;
        if (value > Options.ReviewAboveAmount)
            return new PolicyDecision(PolicyOutcomes.Review, "The seller reviews returns of this value before issuing a label.", Options.ApproveOnReviewTimeout);
        return new PolicyDecision(PolicyOutcomes.Approve, "Approved under the seller's return policy.", Options.ApproveOnReviewTimeout);
    }

    private PolicyDecision Reject(string reason) => new(PolicyOutcomes.Reject, reason, Options.ApproveOnReviewTimeout);
}
