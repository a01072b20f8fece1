namespace Returns.Adapters.Documents;

/// <summary>A table column of an A4 document (customs papers, credit note).</summary>
/// <param name="Weight">The share of the table width, relative to the other columns.</param>
/// <param name="AlignRight">Right-aligned, for numbers, so their digits line up.</param>
internal sealed record PdfColumn(string Caption, double Weight, bool AlignRight = false);
