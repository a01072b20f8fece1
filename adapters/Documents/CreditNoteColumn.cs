namespace Returns.Adapters.Documents;

/// <summary>A column of the credit note's table of returned lines.</summary>
/// <param name="Weight">The share of the table width, relative to the other columns.</param>
/// <param name="AlignRight">Right-aligned, for numbers, so their digits line up.</param>
internal sealed record CreditNoteColumn(string Caption, double Weight, bool AlignRight = false);
