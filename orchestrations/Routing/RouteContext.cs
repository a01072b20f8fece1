using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Routing;

/// <summary>The facts every option of one return is costed on; amounts come out in the order's currency.</summary>
internal sealed class RouteContext(
    Order order, ReturnRecord record, MerchantPolicy policy, RoutingNetwork network, ComplianceRuleBook book, DangerousGoodsAssessor dangerousGoods)
{
    public Order Order => order;
    public ReturnRecord Record => record;
    public MerchantPolicy Policy => policy;
    public RoutingNetwork Network => network;
    public ComplianceRuleBook Book => book;

    public string Currency => order.Currency;
    public string CustomerCountry => order.ShipTo.Country;
    public string HomeCountry => order.ShipFrom.Country;
    public long Value => record.ReturnedValue().Amount;

    /// <summary>The parcel's weight: the order lines' weights times the units returned, at least 100 g.</summary>
    public int WeightGrams => Math.Max(100, record.Lines.Sum(l => (order.FindLine(l.Sku)?.WeightGrams ?? 0) * l.Quantity));

    /// <summary>How the goods may travel between two countries under the dangerous-goods rules.</summary>
    public TransportAssessment Transport(string from, string to) =>
        dangerousGoods.Assess(from, to, record.Lines.Select(l =>
        {
            var line = order.FindLine(l.Sku);
            return (l.Sku, line?.DangerousGoods, l.BatteryCondition ?? line?.BatteryCondition);
        }));

    /// <summary>An amount in another currency, converted to the order's at the indicative rates; null without a rate.</summary>
    public long? Convert(long amount, string currency) => book.Convert(amount, currency, Currency);

    /// <summary>
    /// What the goods are expected to bring back, from how goods returned for these reasons usually grade and what a
    /// grade recovers (percent of the price paid), with category-specific percents where given.
    /// </summary>
    public long ExpectedRecovery(Func<string, string?, int> percentFor)
    {
        decimal total = 0;
        foreach (var line in record.Lines)
        {
            var odds = network.Costs.GradeOdds.TryGetValue(line.Reason, out var o) ? o : network.Costs.GradeOdds.GetValueOrDefault("other");
            if (odds is null)
                continue;
            var category = order.FindLine(line.Sku)?.Category;
            var share = odds.Sum(g => g.Value * percentFor(g.Key, category) / 100m);
            total += line.UnitPrice * line.Quantity * share;
        }

        return (long)Math.Round(total, MidpointRounding.ToZero);
    }

    /// <summary>The payment provider's fee on the refund, in the order's currency.</summary>
    public long PaymentFee()
    {
        var costs = network.Costs;
        var fixedFee = Convert(costs.PaymentFeeFixed, costs.Currency) ?? 0;
        return (long)Math.Round(Value * costs.PaymentFeePercent / 100m, MidpointRounding.AwayFromZero) + fixedFee;
    }
}
