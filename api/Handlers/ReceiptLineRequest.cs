namespace Returns.Api.Handlers;

public sealed record ReceiptLineRequest(string? Sku, int? Quantity);
