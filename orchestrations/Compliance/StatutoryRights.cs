using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;

namespace Returns.Orchestrations.Compliance;

/// <summary>Which statutory rights of the customer's market reach an order line, and until when.</summary>
public sealed class StatutoryRights(ComplianceRules rules)
{
    public ComplianceRuleBook Book => rules.Current;

    /// <summary>The consumer-law market of the order's delivery address (null: no rules for it).</summary>
    public MarketRules? MarketOf(Order order) => Book.MarketFor(order.ShipTo.Country, order.ShipTo.Region);

    /// <summary>
    /// The keys a merchant's market overrides are looked up by, most specific first: "US-CA", "US", then the market
    /// groups the rules put the country in ("EU").
    /// </summary>
    public IReadOnlyList<string> MarketKeys(Order order)
    {
        var keys = new List<string>();
        if (!string.IsNullOrWhiteSpace(order.ShipTo.Region))
            keys.Add($"{order.ShipTo.Country}-{order.ShipTo.Region.Trim()}");
        keys.Add(order.ShipTo.Country);
        for (var m = MarketOf(order); m is not null; m = m.Parent is null ? null : Book.Market(m.Parent))
            keys.Add(m.Market);
        return keys.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// Every right that reaches the line once delivered: rights that always exist, default rights when the shop did not
    /// display its policy (and its window does not already meet the law's bar), faulty-goods rights for a matching
    /// <paramref name="reason"/>. A right whose exclusion the line's tags meet is returned with the tag set.
    /// </summary>
    public IReadOnlyList<LawBasis> For(Order order, OrderLine line, MerchantPolicy policy, string? reason = null)
    {
        if (MarketOf(order) is not { } market)
            return [];
        var merchantWindow = policy.IsFinalSale(line) ? 0 : policy.WindowDaysFor(line, MarketKeys(order));
        var result = new List<LawBasis>();
        foreach (var (owner, right) in Book.RightsIn(market, DateOnly.FromDateTime(order.PlacedAt.UtcDateTime)))
        {
            if (right.WindowDays is null || !Reaches(right, policy, merchantWindow, reason))
                continue;
            var start = right.WindowStartsAt == WindowStarts.Purchase ? order.PlacedAt : order.DeliveredAt ?? order.PlacedAt;
            var excluded = right.Exclusions.FirstOrDefault(x => line.HasTag(x.Tag) && (!x.RequiresNotice || policy.PolicyDisplayed));
            result.Add(new LawBasis(
                owner.Market, right.Id, right.Kind, right.Law, right.RightName,
                StatutoryWindows.EndOf(right, start, policy.PolicyDisplayed), right.WindowDays.Value, right.WindowUnit,
                right.ReturnPostage, right.RestockingFeeAllowed, right.RefundDeadline, right.RefundsOutboundDelivery, right.LossOfValueDeductible,
                right.Verification, right.Sources,
                right.Reasons, excluded?.Tag));
        }

        return result;
    }

    /// <summary>The reasons faulty-goods rights cover: a line past its change-of-mind window may still be returned for them.</summary>
    public static IReadOnlyList<string> FaultyReasons { get; } = ["defective", "not_as_described", "wrong_item", "damaged_in_transit"];

    private static bool Reaches(StatutoryRight right, MerchantPolicy policy, int merchantWindow, string? reason) => right.Kind switch
    {
        RightKinds.Withdrawal => true,
        RightKinds.Default => !policy.PolicyDisplayed && !(right.UnlessMerchantWindowAtLeastDays is { } bar && merchantWindow >= bar),
        RightKinds.Faulty => reason is not null && right.Reasons.Contains(reason, StringComparer.OrdinalIgnoreCase),
        _ => false,
    };
}
