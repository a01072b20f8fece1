namespace Returns.Api.Integrations;

/// <summary>
/// The fields of a Shopify order webhook (orders/create, orders/updated, orders/fulfilled) that a return needs; the
/// rest of Shopify's payload is ignored. <see cref="Name"/> ("#1001") is the number the customer sees.
/// </summary>
public sealed record ShopifyOrder(
    long? Id,
    string? Name,
    string? Email,
    string? ContactEmail,
    string? CustomerLocale,
    string? Currency,
    string? PresentmentCurrency,
    bool? TaxesIncluded,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    ShopifyCustomer? Customer,
    ShopifyAddress? ShippingAddress,
    ShopifyAddress? BillingAddress,
    IReadOnlyList<ShopifyLineItem>? LineItems,
    IReadOnlyList<ShopifyShippingLine>? ShippingLines,
    IReadOnlyList<ShopifyFulfillment>? Fulfillments);
