namespace Returns.Orchestrations.Domain;

/// <summary>
/// An order as the shop sent it. <see cref="OutboundTrackingNumber"/> is the original delivery's tracking number;
/// <see cref="ImportDuty"/> and <see cref="ImportTax"/> are the import charges paid on the delivery in the customer's
/// country (minor units of the order currency), when known: the tax-refund helper starts from them.
/// <see cref="PaymentReference"/> is the payment at the provider (refunds go back to it); <see cref="ShippingCharge"/>
/// is the standard outbound delivery charge paid (minor units), which some laws require refunding.
/// <see cref="SourceUpdatedAt"/> is when the shop platform (Shopify, WooCommerce) last changed the order, so a webhook
/// delivered late cannot overwrite a newer version; null for orders pushed by the shop site.
/// </summary>
public sealed record Order(
    string OrderNumber,
    string Email,
    string CustomerName,
    string Locale,
    string Currency,
    DateTimeOffset PlacedAt,
    DateTimeOffset? DeliveredAt,
    PostalAddress ShipFrom,
    PostalAddress ShipTo,
    IReadOnlyList<OrderLine> Lines,
    string? Incoterm = null,
    string? ExportDeclarationRef = null,
    string? OutboundTrackingNumber = null,
    long? ImportDuty = null,
    long? ImportTax = null,
    string? PaymentReference = null,
    long ShippingCharge = 0,
    DateTimeOffset? SourceUpdatedAt = null)
{
    /// <summary>When the customer's personal data was erased on request (the order then holds a pseudonym); null before.</summary>
    public DateTimeOffset? ErasedAt { get; init; }

    public bool CrossBorder => !string.Equals(ShipFrom.Country, ShipTo.Country, StringComparison.OrdinalIgnoreCase);

    public OrderLine? FindLine(string sku) =>
        Lines.FirstOrDefault(l => string.Equals(l.Sku, sku, StringComparison.OrdinalIgnoreCase));
}
