namespace Returns.Api.Integrations;

/// <summary>
/// A WooCommerce order line item. <see cref="Total"/> and <see cref="TotalTax"/> are all units after discounts;
/// <see cref="Price"/> is the unit price before discounts and without tax.
/// </summary>
public sealed record WooCommerceLineItem(
    string? Name,
    long? ProductId,
    long? VariationId,
    int? Quantity,
    decimal? Total,
    decimal? TotalTax,
    decimal? Price,
    string? Sku,
    IReadOnlyList<WooCommerceMeta>? MetaData);
