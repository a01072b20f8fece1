namespace Returns.Api.Integrations;

/// <summary>
/// A Shopify order line item. <see cref="HarmonizedSystemCode"/> and <see cref="CountryCodeOfOrigin"/> live on
/// Shopify's inventory items and are usually absent here; they are read when an app or the shop puts them in.
/// </summary>
public sealed record ShopifyLineItem(
    long? Id,
    long? ProductId,
    long? VariantId,
    string? Sku,
    string? Name,
    string? Title,
    string? VariantTitle,
    int? Quantity,
    decimal? Price,
    ShopifyMoneySet? PriceSet,
    int? Grams,
    bool? GiftCard,
    bool? RequiresShipping,
    string? HarmonizedSystemCode,
    string? CountryCodeOfOrigin,
    IReadOnlyList<ShopifyProperty>? Properties,
    IReadOnlyList<ShopifyDiscountAllocation>? DiscountAllocations,
    IReadOnlyList<ShopifyTaxLine>? TaxLines);
