using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Analytics;

/// <summary>The sales an imported order adds to analytics (the denominator of every return rate).</summary>
public static class OrderFacts
{
    public static OrderFact Of(Order order, ReportingCurrency currency) => new(
        order.OrderNumber,
        AnalyticsPeriods.Of(order.PlacedAt),
        order.ShipTo.Country.ToUpperInvariant(),
        order.Lines.Select(line =>
        {
            var (product, name) = ProductKeys.For(line);
            return new OrderLineFact(line.Sku, product, name, line.Category ?? ReturnFactBuilder.Uncategorized, line.Quantity,
                currency.Convert(checked(line.UnitPrice * line.Quantity), order.Currency));
        }).ToArray());
}
