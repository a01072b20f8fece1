namespace Returns.Api.Handlers;

public sealed record DecisionRequest(bool? Approve, string? Note);

public sealed record ReceiptRequest(string? Location, IReadOnlyList<ReceiptLineRequest>? Lines);

public sealed record ReceiptLineRequest(string? Sku, int? Quantity);

public sealed record InspectionRequest(IReadOnlyList<InspectionLineRequest>? Lines);

public sealed record InspectionLineRequest(string? Sku, int? Quantity, string? Grade, string? Notes);
