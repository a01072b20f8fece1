namespace Returns.Api.Handlers;

/// <summary>
/// What arrived; <see cref="Flags"/> (missing_items, wrong_item, empty_box) send the return to the merchant to decide,
/// and an empty box has no lines.
/// </summary>
public sealed record ReceiptRequest(string? Location, IReadOnlyList<ReceiptLineRequest>? Lines, IReadOnlyList<string>? Flags = null, string? Note = null);
