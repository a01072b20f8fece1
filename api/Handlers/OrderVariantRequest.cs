namespace Returns.Api.Handlers;

/// <summary>Another variant (size, colour) of the ordered product that a customer may exchange the line for.</summary>
public sealed record OrderVariantRequest(string? Sku, string? Name, bool? InStock);
