namespace Returns.Api.Handlers;

public sealed record LookupRequest(string? Email, string? OrderNumber);

public sealed record CreateReturnRequest(
    string? Email,
    string? OrderNumber,
    string? Locale,
    IReadOnlyList<CreateReturnLine>? Lines,
    string? Resolution,
    string? ExchangeSku);

public sealed record CreateReturnLine(string? Sku, int? Quantity, string? Reason, string? Comment);
