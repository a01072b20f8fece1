using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;

namespace Returns.Api.Integrations;

/// <summary>
/// A Shopify order webhook as the order JSON of POST /api/orders (without the ship-from address, which is the shop's
/// own and comes from settings). Amounts are taken in the currency the customer paid in (Shopify's presentment
/// currency), as paid: after discounts, with tax when the shop's prices exclude it.
/// </summary>
public static class ShopifyOrderMapper
{
    public static OrderRequest Map(ShopifyOrder o)
    {
        var shopCurrency = PlatformLineFields.NonEmpty(o.Currency);
        var currency = PlatformLineFields.NonEmpty(o.PresentmentCurrency) ?? shopCurrency ?? "";
        var inShopCurrency = shopCurrency is null || string.Equals(currency, shopCurrency, StringComparison.OrdinalIgnoreCase);
        decimal? Amount(decimal? plain, ShopifyMoneySet? set) =>
            inShopCurrency ? plain ?? set?.ShopMoney?.Amount : set?.PresentmentMoney?.Amount;
        decimal Taxes(IReadOnlyList<ShopifyTaxLine>? taxes) =>
            o.TaxesIncluded == true ? 0 : taxes?.Where(t => t is not null).Sum(t => Amount(t.Price, t.PriceSet) ?? 0) ?? 0;

        var lines = (o.LineItems ?? [])
            .Where(l => l is not null && l.GiftCard != true && l.RequiresShipping != false && l.Quantity > 0)
            .Select(l =>
            {
                var pairs = (l.Properties ?? []).Where(p => p is not null).Select(p => (p.Name, p.Value)).ToArray();
                var price = Amount(l.Price, l.PriceSet);
                var paid = price is null ? (decimal?)null
                    : price.Value * l.Quantity!.Value - (l.DiscountAllocations ?? []).Where(d => d is not null).Sum(d => Amount(d.Amount, d.AmountSet) ?? 0) + Taxes(l.TaxLines);
                return (Line: new PlatformLine(Sku(l), Name(l), l.Quantity!.Value, paid ?? 0, l.Grams,
                    PlatformLineFields.HsCode(l.HarmonizedSystemCode, pairs), PlatformLineFields.OriginCountry(l.CountryCodeOfOrigin, pairs)), Priced: price is not null);
            })
            .ToList();
        var orderLines = PlatformLine.Merge(lines.Select(x => x.Line), currency);
        // A line without a price in the customer's currency must not become a free line: the validator rejects it.
        foreach (var unpriced in lines.Where(x => !x.Priced))
            orderLines = orderLines.Select(l => l.Sku == unpriced.Line.Sku ? l with { UnitPrice = null } : l).ToList();

        var fulfillments = (o.Fulfillments ?? []).Where(f => f is not null && !string.Equals(f.Status, "cancelled", StringComparison.OrdinalIgnoreCase)).ToList();
        var address = o.ShippingAddress ?? o.BillingAddress;
        return new OrderRequest(
            OrderNumber: PlatformLineFields.NonEmpty(o.Name) ?? o.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Email: PlatformLineFields.NonEmpty(o.Email) ?? PlatformLineFields.NonEmpty(o.ContactEmail) ?? PlatformLineFields.NonEmpty(o.Customer?.Email),
            CustomerName: PlatformLineFields.NonEmpty(o.ShippingAddress?.Name) ?? FullName(o.Customer?.FirstName, o.Customer?.LastName)
                ?? PlatformLineFields.NonEmpty(o.BillingAddress?.Name),
            Locale: PlatformLineFields.NonEmpty(o.CustomerLocale),
            Currency: currency,
            PlacedAt: o.CreatedAt,
            // The last parcel's delivery starts the return window, as the law counts it.
            DeliveredAt: fulfillments.Where(f => string.Equals(f.ShipmentStatus, "delivered", StringComparison.OrdinalIgnoreCase)).Max(f => f.UpdatedAt),
            Incoterm: null,
            ExportDeclarationRef: null,
            ShipFrom: null,
            ShipTo: address is null ? null : new AddressRequest(address.CountryCode,
                PlatformLineFields.NonEmpty(address.Name) ?? FullName(address.FirstName, address.LastName),
                address.City, address.Zip, address.Address1, PlatformLineFields.NonEmpty(address.Address2), PlatformLineFields.Region(address.ProvinceCode)),
            Lines: orderLines,
            OutboundTrackingNumber: fulfillments.Select(f => PlatformLineFields.NonEmpty(f.TrackingNumber)).FirstOrDefault(t => t is not null),
            ShippingCharge: o.ShippingLines is { Count: > 0 } shipping
                ? MoneyFormat.ToMinor(Math.Max(0, shipping.Where(s => s is not null)
                    .Sum(s => (Amount(s.DiscountedPrice, s.DiscountedPriceSet) ?? Amount(s.Price, s.PriceSet) ?? 0) + Taxes(s.TaxLines))), currency)
                : null);
    }

    /// <summary>The SKU, or the variant id for products without one (then the product, then the line item).</summary>
    private static string Sku(ShopifyLineItem l) =>
        PlatformLineFields.NonEmpty(l.Sku) ?? (l.VariantId ?? l.ProductId ?? l.Id)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>Shopify's name is already "Title - Variant"; older payloads may only carry the parts.</summary>
    private static string? Name(ShopifyLineItem l) =>
        PlatformLineFields.NonEmpty(l.Name)
        ?? (PlatformLineFields.NonEmpty(l.VariantTitle) is { } variant ? $"{l.Title?.Trim()} - {variant}" : PlatformLineFields.NonEmpty(l.Title));

    private static string? FullName(string? first, string? last) =>
        PlatformLineFields.NonEmpty(string.Join(' ', new[] { first?.Trim(), last?.Trim() }.Where(s => !string.IsNullOrEmpty(s))));
}
