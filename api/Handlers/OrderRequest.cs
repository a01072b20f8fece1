namespace Returns.Api.Handlers;

/// <summary>The shop site's order JSON (POST /api/orders).</summary>
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
    IReadOnlyList<OrderLineRequest>? Lines);
