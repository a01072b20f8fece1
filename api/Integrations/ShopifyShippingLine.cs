namespace Returns.Api.Integrations;

/// <summary>A delivery charged on a Shopify order; <see cref="DiscountedPrice"/> is what was paid for it.</summary>
public sealed record ShopifyShippingLine(
    decimal? Price,
    decimal? DiscountedPrice,
    ShopifyMoneySet? PriceSet,
    ShopifyMoneySet? DiscountedPriceSet,
    IReadOnlyList<ShopifyTaxLine>? TaxLines);
