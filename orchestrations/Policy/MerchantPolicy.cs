using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Policy;

/// <summary>
/// The merchant's return policy as edited through <c>PUT /api/admin/policy</c>. It is layered over the law of the
/// customer's market (<see cref="ReturnPolicyEngine"/>): where the law gives more, the law wins.
/// </summary>
/// <param name="DefaultWindowDays">Days from delivery during which lines can be returned.</param>
/// <param name="Markets">Overrides by market or country code ("DE", "EU", "US-CA", "JP").</param>
/// <param name="Categories">Overrides by order-line category ("apparel").</param>
/// <param name="FinalSaleTags">Order lines with one of these tags are not returnable under the policy (the law may
/// still give a right: an EU customer can withdraw from a final-sale purchase).</param>
/// <param name="RestockingFeePercent">Deducted from refunds where the law allows it (0 = none).</param>
/// <param name="ReturnPostagePaidBy">"merchant" (a free label) or "customer" (deducted where the law allows it).</param>
/// <param name="ReturnPostageFee">The postage deducted when the customer pays it, minor units of the order currency.</param>
/// <param name="PolicyDisplayed">The shop showed this policy and the statutory information before the sale. When
/// false, default rights arise (JP 8 days, US-CA and US-NY 30 days) and the EU right runs 12 months longer.</param>
/// <param name="ReviewAboveAmount">Returns worth more than this (minor units) wait for a merchant decision.</param>
/// <param name="ApproveOnReviewTimeout">What happens when the merchant does not decide in time.</param>
/// <param name="ReturnlessBelowAmount">Returns worth less than this are refunded without the goods (0 = never).</param>
public sealed record MerchantPolicy(
    int DefaultWindowDays,
    IReadOnlyDictionary<string, MarketPolicy> Markets,
    IReadOnlyDictionary<string, CategoryPolicy> Categories,
    IReadOnlyList<string> FinalSaleTags,
    int RestockingFeePercent,
    string ReturnPostagePaidBy,
    long ReturnPostageFee,
    bool PolicyDisplayed,
    long ReviewAboveAmount,
    bool ApproveOnReviewTimeout,
    long ReturnlessBelowAmount)
{
    /// <summary>Routing rule: never refund without the goods above this value (minor units); null: no limit.</summary>
    public long? NeverReturnlessAbove { get; init; }

    /// <summary>Routing rule: goods of these categories are always inspected (no returnless refund).</summary>
    public IReadOnlyList<string> InspectCategories { get; init; } = [];

    /// <summary>
    /// Percent of the price deducted for a unit inspected at a grade (e.g. "C": 30, "D": 60): the customer's loss of
    /// value from handling beyond inspection, applied only where the law allows it. Empty: none.
    /// </summary>
    public IReadOnlyDictionary<string, int> LossOfValuePercentByGrade { get; init; } = new Dictionary<string, int>();

    /// <summary>Customers may ask for an instant exchange: the replacement ships on the first scan of their parcel.</summary>
    public bool AllowInstantExchange { get; init; }

    /// <summary>Routing rule: customers may send the parcel with their own carrier, at their cost.</summary>
    public bool AllowCustomerCarrier { get; init; }

    /// <summary>When the merchant last saved it; null for the configured defaults.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The policy the configuration describes, used until the merchant saves one.</summary>
    public static MerchantPolicy FromOptions(ReturnPolicyOptions o) => new(
        o.WindowDays,
        new Dictionary<string, MarketPolicy>(StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, CategoryPolicy>(StringComparer.OrdinalIgnoreCase),
        [o.FinalSaleTag],
        o.RestockingFeePercent,
        o.ReturnPostagePaidBy,
        o.ReturnPostageFee,
        o.PolicyDisplayed,
        o.ReviewAboveAmount,
        o.ApproveOnReviewTimeout,
        o.ReturnlessBelowAmount);

    /// <summary>Not returnable under the policy: a final-sale tag, or a category the policy marks final sale.</summary>
    public bool IsFinalSale(OrderLine line) =>
        line.Tags.Any(t => FinalSaleTags.Contains(t, StringComparer.OrdinalIgnoreCase)) || CategoryOf(line)?.FinalSale == true;

    /// <summary>The window for a line: its category's, else the first market override that sets one, else the default.</summary>
    public int WindowDaysFor(OrderLine line, IEnumerable<string> marketKeys) =>
        CategoryOf(line)?.WindowDays ?? MarketOf(marketKeys, m => m.WindowDays) ?? DefaultWindowDays;

    public int RestockingFeePercentFor(IEnumerable<string> marketKeys) =>
        Math.Clamp(MarketOf(marketKeys, m => m.RestockingFeePercent) ?? RestockingFeePercent, 0, 100);

    public string ReturnPostagePaidByFor(IEnumerable<string> marketKeys) =>
        MarketOf(marketKeys, m => m.ReturnPostagePaidBy) ?? ReturnPostagePaidBy;

    public long ReturnPostageFeeFor(IEnumerable<string> marketKeys) =>
        Math.Max(0, MarketOf(marketKeys, m => m.ReturnPostageFee) ?? ReturnPostageFee);

    private CategoryPolicy? CategoryOf(OrderLine line) =>
        line.Category is { } c ? Categories.FirstOrDefault(k => string.Equals(k.Key, c, StringComparison.OrdinalIgnoreCase)).Value : null;

    /// <summary>The first override, most specific market key first, that sets the value.</summary>
    private T? MarketOf<T>(IEnumerable<string> marketKeys, Func<MarketPolicy, T?> pick)
    {
        foreach (var key in marketKeys)
        {
            var market = Markets.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
            if (market is not null && pick(market) is { } value)
                return value;
        }

        return default;
    }
}
