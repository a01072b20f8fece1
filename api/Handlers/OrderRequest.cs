namespace Returns.Api.Handlers;

/// <summary>
/// The shop site's order JSON (POST /api/orders). Beyond the contract's fields: the outbound tracking number and the
/// import charges paid on the delivery (for the tax-refund helper).
/// </summary>
public sealed record OrderRequest(
    string? OrderNumber,
    string? Email,
    string? CustomerName,
    string? Locale,
    string? Currency,
    DateTimeOffset? PlacedAt,
    DateTimeOffset? DeliveredAt,
    string? Incoterm,
    string? ExportDeclarationRef,
    AddressRequest? ShipFrom,
    AddressRequest? ShipTo,
    IReadOnlyList<OrderLineRequest>? Lines,
    string? OutboundTrackingNumber = null,
    ImportChargesRequest? ImportCharges = null,
    string? PaymentReference = null,
    long? ShippingCharge = null);
