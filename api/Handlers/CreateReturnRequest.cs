namespace Returns.Api.Handlers;

public sealed record CreateReturnRequest(
    string? Email,
    string? OrderNumber,
    string? Locale,
    IReadOnlyList<CreateReturnLine>? Lines,
    string? Resolution,
    string? ExchangeSku,
    bool? InstantExchange = null);
