namespace Returns.Api.Integrations;

/// <summary>
/// The fields of a WooCommerce order webhook (the REST API's order JSON) that a return needs. The *_gmt times carry
/// no offset and are UTC; <see cref="Number"/> is the number the customer sees.
/// </summary>
public sealed record WooCommerceOrder(
    long? Id,
    string? Number,
    string? Status,
    string? Currency,
    string? DateCreatedGmt,
    string? DateModifiedGmt,
    decimal? ShippingTotal,
    decimal? ShippingTax,
    WooCommerceAddress? Billing,
    WooCommerceAddress? Shipping,
    IReadOnlyList<WooCommerceLineItem>? LineItems,
    IReadOnlyList<WooCommerceMeta>? MetaData);
