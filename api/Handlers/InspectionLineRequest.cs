namespace Returns.Api.Handlers;

public sealed record InspectionLineRequest(string? Sku, int? Quantity, string? Grade, string? Notes);
