namespace Returns.Api.Handlers;

/// <summary>
/// What arrived; <see cref="Flags"/> (missing_items, wrong_item, empty_box) send the return to the merchant to decide,
/// and an empty box has no lines. <see cref="Photos"/> are ids from POST /api/admin/photos.
/// </summary> are ids from POST /api/admin/photos.
public sealed record ReceiptRequest(
    string? Location, IReadOnlyList<ReceiptLineRequest>? Lines, IReadOnlyList<string>? Flags = null, string? Note = null, IReadOnlyList<string>? Photos = null);
