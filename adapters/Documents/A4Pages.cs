using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Returns.Adapters.Documents;

/// <summary>
/// The pages of an A4 portrait PDF that a writer flows content into: adds pages, and when the document is done,
/// stamps every page with a footer line and its "page n of m" label (known only then) and saves it.
/// </summary>
internal sealed class A4Pages(string title) : IDisposable
{
    public static readonly double Width = XUnit.FromMillimeter(210).Point;
    public static readonly double Height = XUnit.FromMillimeter(297).Point;

    private static readonly XPen Hairline = new(XColors.Gray, 0.4);

    private readonly PdfDocument _document = new() { Info = { Title = title, Creator = "Returns" } };

    /// <summary>A new page and the means to draw on it (the caller disposes the graphics when it moves on).</summary>
    public (XGraphics Gfx, ScriptTextDrawer Text) Add()
    {
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        var gfx = XGraphics.FromPdfPage(page);
        return (gfx, new ScriptTextDrawer(gfx));
    }

    /// <summary>Stamps each page's footer, left, and its label, right, on a hairline; then the PDF's bytes.</summary>
    public byte[] Save(string footer, Func<int, int, string> pageLabel, A4FooterStyle style)
    {
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = new ScriptTextDrawer(gfx);
            var y = Height - style.Margin - style.Lift;
            gfx.DrawLine(Hairline, style.Margin, y - style.RuleGap, Width - style.Margin, y - style.RuleGap);
            var label = pageLabel(i + 1, count);
            var labelWidth = text.Measure(label, style.Size, bold: false);
            text.DrawFitted(footer, style.Size, style.MinSize, bold: false, XBrushes.DimGray, style.Margin, y, Width - (2 * style.Margin) - labelWidth - style.Gap);
            text.DrawInSlot(label, style.Size, bold: false, XBrushes.DimGray, Width - style.Margin - labelWidth, y, style.Size * 1.2);
        }

        using var output = new MemoryStream();
        _document.Save(output, false);
        return output.ToArray();
    }

    public void Dispose() => _document.Dispose();
}
