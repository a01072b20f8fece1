using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;

namespace Returns.Api.Integrations;

/// <summary>
/// One platform line item on its way to an order line: <see cref="Paid"/> is what the customer paid for all its units
/// (major units, after discounts, with tax), so the refund of a unit never exceeds what it cost.
/// </summary>
public sealed record PlatformLine(string Sku, string? Name, int Quantity, decimal Paid, int? WeightGrams, string? HsCode, string? OriginCountry)
{
    /// <summary>
    /// Order lines keyed by SKU, as the order validator wants them: lines of the same SKU (Shopify sends one per
    /// discount or edit) become one with the quantities added and the unit price averaged.
    /// </summary>
    public static List<OrderLineRequest> Merge(IEnumerable<PlatformLine> lines, string currency) =>
        lines.GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var first = g.First();
                var quantity = g.Sum(l => l.Quantity);
                return new OrderLineRequest(first.Sku, first.Name, quantity, MoneyFormat.ToMinor(Math.Max(0, g.Sum(l => l.Paid)) / quantity, currency),
                    g.Select(l => l.HsCode).FirstOrDefault(h => h is not null), g.Select(l => l.OriginCountry).FirstOrDefault(o => o is not null),
                    null, first.WeightGrams, null);
            })
            .ToList();
}
