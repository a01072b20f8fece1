namespace Returns.Api.Handlers;

public sealed record CreateReturnLine(string? Sku, int? Quantity, string? Reason, string? Comment);
