namespace Returns.Adapters.Documents;

/// <summary>A table column of the customs papers.</summary>
/// <param name="Weight">The share of the table width, relative to the other columns.</param>
/// <param name="AlignRight">Right-aligned, for numbers, so their digits line up.</param>
internal sealed record CustomsPaperColumn(string Caption, double Weight, bool AlignRight = false);
