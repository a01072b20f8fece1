namespace Returns.Api.Handlers;

/// <summary>
/// One line of a return request. <see cref="Resolution"/> and <see cref="ExchangeSku"/> override the request's for
/// this line; <see cref="Photos"/> are ids from POST /api/portal/photos. <see cref="BatteryCondition"/> ("intact" or
/// "damaged") is the customer's report on a line with batteries.
/// </summary>
public sealed record CreateReturnLine(
    string? Sku,
    int? Quantity,
    string? Reason,
    string? Comment,
    string? Resolution = null,
    string? ExchangeSku = null,
    IReadOnlyList<string>? Photos = null,
    string? BatteryCondition = null);
