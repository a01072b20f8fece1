namespace Returns.Api.Handlers;

public sealed record OrderLineRequest(
    string? Sku,
    string? Name,
    int? Quantity,
    long? UnitPrice,
    string? HsCode,
    string? OriginCountry,
    string? Category,
    int? WeightGrams,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<OrderVariantRequest>? Variants = null,
    string? ImageUrl = null,
    string? DangerousGoods = null,
    string? BatteryCondition = null);
