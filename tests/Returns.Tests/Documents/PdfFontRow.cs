namespace Returns.Tests.Documents;

/// <summary>One row of pdffonts' output, e.g. "XYOYPC+Droid Sans Fallback  CID TrueType  Identity-H  yes yes yes  15  0".</summary>
internal sealed record PdfFontRow(string Name, bool Embedded, bool Subset, bool HasToUnicode)
{
    /// <summary>The name without the subset tag ("XYOYPC+").</summary>
    public string BaseName => Name.Contains('+', StringComparison.Ordinal) ? Name[(Name.IndexOf('+', StringComparison.Ordinal) + 1)..] : Name;

    /// <summary>Parses a row: the name may contain spaces, the last five columns are emb, sub, uni, object id and generation.</summary>
    public static PdfFontRow Parse(string line)
    {
        var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(columns.Length >= 7, $"Unexpected pdffonts row: {line}");
        var flags = columns[^5..^2];
        // The name column is as wide as the header's "name" column (37 characters, names with spaces included).
        var name = line.Length > 37 ? line[..37].Trim() : columns[0];
        return new PdfFontRow(name, flags[0] == "yes", flags[1] == "yes", flags[2] == "yes");
    }
}
