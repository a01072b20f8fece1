using System.Globalization;
using System.Net;
using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;

namespace Returns.Api.Integrations;

/// <summary>
/// A WooCommerce order webhook as the order JSON of POST /api/orders (without the ship-from address, which comes from
/// settings). Unit prices are what the customer paid: the line total after discounts plus its tax, per unit.
/// WooCommerce knows neither the delivery date nor, without plugins, the customer's language or tracking number.
/// </summary>
public static class WooCommerceOrderMapper
{
    public static OrderRequest Map(WooCommerceOrder o)
    {
        var currency = PlatformLineFields.NonEmpty(o.Currency) ?? "";
        var lines = (o.LineItems ?? [])
            .Where(l => l is not null && l.Quantity > 0)
            .Select(l =>
            {
                var pairs = (l.MetaData ?? []).Where(m => m is not null).Select(m => (m.Key, m.Value)).ToArray();
                var paid = l.Total is { } total ? total + (l.TotalTax ?? 0) : l.Price * l.Quantity;
                return (Line: new PlatformLine(Sku(l), Name(l), l.Quantity!.Value, paid ?? 0, null,
                    PlatformLineFields.HsCode(null, pairs), PlatformLineFields.OriginCountry(null, pairs)), Priced: paid is not null);
            })
            .ToList();
        var orderLines = PlatformLine.Merge(lines.Select(x => x.Line), currency);
        foreach (var unpriced in lines.Where(x => !x.Priced))
            orderLines = orderLines.Select(l => l.Sku == unpriced.Line.Sku ? l with { UnitPrice = null } : l).ToList();

        // Orders without a delivery address (virtual goods, local pickup) have an empty shipping block.
        var address = PlatformLineFields.NonEmpty(o.Shipping?.Country) is null ? o.Billing : o.Shipping;
        return new OrderRequest(
            OrderNumber: PlatformLineFields.NonEmpty(o.Number) ?? o.Id?.ToString(CultureInfo.InvariantCulture),
            Email: PlatformLineFields.NonEmpty(o.Billing?.Email),
            CustomerName: FullName(o.Shipping) ?? FullName(o.Billing),
            Locale: Meta(o.MetaData, "wpml_language"),
            Currency: currency,
            PlacedAt: Utc(o.DateCreatedGmt),
            DeliveredAt: null,
            Incoterm: null,
            ExportDeclarationRef: null,
            ShipFrom: null,
            ShipTo: address is null ? null : new AddressRequest(PlatformLineFields.NonEmpty(address.Country), FullName(address),
                PlatformLineFields.NonEmpty(address.City), PlatformLineFields.NonEmpty(address.Postcode), PlatformLineFields.NonEmpty(address.Address1),
                PlatformLineFields.NonEmpty(address.Address2), PlatformLineFields.Region(address.State)),
            Lines: orderLines,
            ShippingCharge: o.ShippingTotal is { } shipping ? MoneyFormat.ToMinor(Math.Max(0, shipping + (o.ShippingTax ?? 0)), currency) : null);
    }

    /// <summary>WooCommerce's *_gmt times ("2017-03-22T19:28:02") are UTC without saying so.</summary>
    public static DateTimeOffset? Utc(string? time) =>
        DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;

    /// <summary>The SKU, or the variation (then product) id for products without one.</summary>
    private static string Sku(WooCommerceLineItem l) =>
        PlatformLineFields.NonEmpty(l.Sku)
        ?? (l.VariationId is > 0 ? l.VariationId : l.ProductId)?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Line names come HTML-encoded ("Ship Your Idea &amp;ndash; Color: Black").</summary>
    private static string? Name(WooCommerceLineItem l) => PlatformLineFields.NonEmpty(WebUtility.HtmlDecode(l.Name));

    private static string? FullName(WooCommerceAddress? a) =>
        a is null ? null : PlatformLineFields.NonEmpty(string.Join(' ', new[] { a.FirstName?.Trim(), a.LastName?.Trim() }.Where(s => !string.IsNullOrEmpty(s))));

    private static string? Meta(IReadOnlyList<WooCommerceMeta>? meta, string key) =>
        meta?.Where(m => m is not null && m.Key == key && m.Value.ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(m => PlatformLineFields.NonEmpty(m.Value.GetString())).FirstOrDefault(v => v is not null);
}
