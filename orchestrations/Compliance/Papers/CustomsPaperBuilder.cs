using System.Globalization;
using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Compliance.Papers;

/// <summary>
/// Fills the customs papers of a return from the order and the return: the return keeps the order's tariff
/// classification (a line without one takes the order's current one), and the relief statements are those of the
/// merchant's country in force for goods exported on the order date.
/// </summary>
public sealed class CustomsPaperBuilder(ComplianceRules rules, DangerousGoodsAssessor dangerousGoods)
{
    public const string CommercialInvoiceKind = "commercial-invoice";
    public const string PackingListKind = "packing-list";

    /// <summary>Whether the parcel crosses a customs border on its way to <paramref name="destinationCountry"/> and so needs papers.</summary>
    public bool Needed(Order order, string destinationCountry) => CustomsBorders.Crosses(rules.Current, order.ShipTo.Country, destinationCountry);

    public CustomsPaper Build(Order order, ReturnRecord record, DateTimeOffset now)
    {
        var book = rules.Current;
        var orderDay = DateOnly.FromDateTime(order.PlacedAt.UtcDateTime);
        var exportMonth = order.PlacedAt.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var reliefs = book.CustomsFor(order.ShipFrom.Country)?.Claims
            .Where(c => c.Kind == ClaimKinds.ReentryRelief && c.InForceOn(orderDay) && !string.IsNullOrWhiteSpace(c.InvoiceStatement))
            .Select(c => c.InvoiceStatement!.Replace("{exportMonth}", exportMonth, StringComparison.Ordinal))
            .ToList() ?? [];

        var lines = record.Lines.Select(l =>
        {
            var orderLine = order.FindLine(l.Sku);
            return new CustomsPaperLine(
                l.Sku, l.Name, HsCodes.Normalize(l.HsCode ?? orderLine?.HsCode), l.OriginCountry ?? orderLine?.OriginCountry,
                l.Quantity, l.UnitPrice, orderLine?.WeightGrams ?? 0, l.Reason, orderLine?.DangerousGoods);
        }).ToList();

        return new CustomsPaper(
            record.ReturnId, order.OrderNumber, now, order.Currency, order.ShipTo, order.ShipFrom,
            order.DeliveredAt ?? order.PlacedAt, order.OutboundTrackingNumber, order.ExportDeclarationRef, order.Incoterm,
            record.Label?.TrackingNumber, lines, reliefs, dangerousGoods.Assess(order, record.Lines).Marks);
    }
}
