namespace Returns.Orchestrations.Analytics;

/// <summary>
/// What a subject tells a cell besides its counters: a display label (the product's name, kept from the first
/// subject that names it) and, for comment themes, an example comment (the cell keeps the newest few).
/// </summary>
public sealed record CellNote(string? Label = null, CommentSample? Sample = null);
