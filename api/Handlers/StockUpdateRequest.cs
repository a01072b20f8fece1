namespace Returns.Api.Handlers;

/// <summary>PUT /api/admin/stock/{returnId}/{sku}/{unit}: the fields to change; left out, they keep their value.</summary>
public sealed record StockUpdateRequest(string? Status, string? Location, string? Disposition, long? ValueRecovered, string? Notes);
