using System.Globalization;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Policy;

/// <summary>
/// Decides returns by the merchant's policy and the statutory rights of the customer's market together: a line is
/// returnable while either accepts it, and the law's terms (no restocking fee, free return postage) apply to a
/// return made under the law. Reasons here are English sentences for logs and merchants; the customer's sentence
/// comes from the <see cref="LineEligibility.IneligibleCode"/> and <see cref="LineEligibility.Law"/>.
/// </summary>
public sealed class ReturnPolicyEngine(StatutoryRights rights) : IReturnPolicy
{
    public LineEligibility CheckLine(MerchantPolicy policy, Order order, OrderLine line, int unitsAlreadyReturned, DateTimeOffset now, string? reason = null)
    {
        if (order.DeliveredAt is not { } deliveredAt)
            return new LineEligibility(false, 0, null, "This order has not been delivered yet; returns open once it arrives.", IneligibleCodes.NotDelivered);

        DateTimeOffset? policyEnd = policy.IsFinalSale(line) ? null : deliveredAt.AddDays(policy.WindowDaysFor(line, rights.MarketKeys(order)));
        var laws = rights.For(order, line, policy, reason);
        var law = laws.Where(l => l.Covers).MaxBy(l => l.EndsAt) ?? laws.MaxBy(l => l.EndsAt);
        var lawEnd = law is { Covers: true } ? law.EndsAt : (DateTimeOffset?)null;
        var end = Max(policyEnd, lawEnd);
        var remaining = Math.Max(0, line.Quantity - unitsAlreadyReturned);

        LineEligibility Answer(bool eligible, int quantity, DateTimeOffset? windowEndsAt, string? why, string? code) =>
            new(eligible, quantity, windowEndsAt, why, code) { PolicyEndsAt = policyEnd, Law = law };

        if (end is null)
        {
            return law is { ExcludedTag: { } tag }
                ? Answer(false, 0, null, $"This item ({tag}) is excluded from {law.NameIn("en")} and is final sale under the shop's policy.", IneligibleCodes.Excluded)
                : Answer(false, 0, null, "This item was sold as final sale and cannot be returned.", IneligibleCodes.FinalSale);
        }

        if (now > end)
            return Answer(false, 0, end, $"The return window closed on {end.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", IneligibleCodes.WindowClosed);
        if (remaining == 0)
            return Answer(false, 0, end, "All units of this item are already in a return.", IneligibleCodes.AllReturned);
        return Answer(true, remaining, end, null, null);
    }

    public PolicyDecision Decide(MerchantPolicy policy, Order order, ReturnRecord request, DateTimeOffset now)
    {
        foreach (var line in request.Lines)
        {
            var orderLine = order.FindLine(line.Sku);
            if (orderLine is null)
                return Reject(policy, $"Item {line.Sku} is not part of order {order.OrderNumber}.");
            // The units of this very return are not "already returned" when it is decided.
            var check = CheckLine(policy, order, orderLine, 0, now, line.Reason);
            if (!check.Eligible)
                return Reject(policy, check.IneligibleReason!);
        }

        if (order.CrossBorder && MissingTariffCodes(order, request) is { Count: > 0 } missing)
        {
            return new PolicyDecision(
                PolicyOutcomes.Review,
                $"HS code missing for {string.Join(", ", missing)}: add it to the order before the cross-border label and customs papers are issued.",
                policy.ApproveOnReviewTimeout);
        }

        if (request.ReturnedValue().Amount > policy.ReviewAboveAmount)
            return new PolicyDecision(PolicyOutcomes.Review, "The seller reviews returns of this value before issuing a label.", policy.ApproveOnReviewTimeout);
        return new PolicyDecision(PolicyOutcomes.Approve, "Approved under the seller's return policy.", policy.ApproveOnReviewTimeout);
    }

    public RefundTerms Terms(MerchantPolicy policy, Order order, IReadOnlyList<ReturnLine> lines, DateTimeOffset now)
    {
        var keys = rights.MarketKeys(order);
        var laws = lines
            .Select(l => order.FindLine(l.Sku) is { } orderLine ? CheckLine(policy, order, orderLine, 0, now, l.Reason).Law : null)
            .OfType<Compliance.LawBasis>()
            .Where(l => l.Covers && now <= l.EndsAt)
            .ToList();
        var deadline = laws.Select(l => l.RefundDeadline).FirstOrDefault(d => d is not null);

        // Goods that are faulty, wrong or damaged come back at the shop's cost and without a deduction.
        if (lines.Any(l => StatutoryRights.FaultyReasons.Contains(l.Reason, StringComparer.OrdinalIgnoreCase)))
            return RefundTerms.None with { OutboundDelivery = OutboundDelivery(order, lines, laws), LegalRefundDeadline = deadline };

        var percent = policy.RestockingFeePercentFor(keys);
        var customerPays = policy.ReturnPostagePaidByFor(keys) == PostagePayers.Customer;
        foreach (var law in laws)
        {
            if (!law.RestockingFeeAllowed)
                percent = 0;
            if (law.ReturnPostage == PostageRules.Business || (law.ReturnPostage == PostageRules.ConsumerIfInformed && !policy.PolicyDisplayed))
                customerPays = false;
        }

        var lossOfValue = policy.LossOfValuePercentByGrade.Count > 0 && laws.All(l => l.LossOfValueDeductible)
            ? policy.LossOfValuePercentByGrade
            : null;
        return new RefundTerms(percent, customerPays ? policy.ReturnPostageFeeFor(keys) : 0)
        {
            OutboundDelivery = OutboundDelivery(order, lines, laws),
            LossOfValuePercentByGrade = lossOfValue,
            LegalRefundDeadline = deadline,
        };
    }

    /// <summary>The outbound delivery charge, when every unit of the order comes back under a right that refunds it.</summary>
    private static long OutboundDelivery(Order order, IReadOnlyList<ReturnLine> lines, IReadOnlyList<Compliance.LawBasis> laws)
    {
        var wholeOrder = order.Lines.All(o => lines.Where(l => string.Equals(l.Sku, o.Sku, StringComparison.OrdinalIgnoreCase)).Sum(l => l.Quantity) >= o.Quantity);
        return wholeOrder && laws.Any(l => l.RefundsOutboundDelivery) ? order.ShippingCharge : 0;
    }

    /// <summary>The returned SKUs whose order line has no valid tariff code (a return keeps the order's classification).</summary>
    public static IReadOnlyList<string> MissingTariffCodes(Order order, ReturnRecord request) =>
        request.Lines
            .Where(l => !HsCodes.IsValidBase(l.HsCode ?? order.FindLine(l.Sku)?.HsCode))
            .Select(l => l.Sku)
            .ToList();

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static PolicyDecision Reject(MerchantPolicy policy, string reason) => new(PolicyOutcomes.Reject, reason, policy.ApproveOnReviewTimeout);
}
