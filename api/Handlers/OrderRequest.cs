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

public sealed record AddressRequest(string? Country, string? Name, string? City, string? PostalCode, string? Line1, string? Line2);

public sealed record OrderLineRequest(
    string? Sku,
    string? Name,
    int? Quantity,
    long? UnitPrice,
    string? HsCode,
    string? OriginCountry,
    string? Category,
    int? WeightGrams,
    IReadOnlyList<string>? Tags);
