namespace Returns.Api.Handlers;

public sealed record ReceiptRequest(string? Location, IReadOnlyList<ReceiptLineRequest>? Lines);
