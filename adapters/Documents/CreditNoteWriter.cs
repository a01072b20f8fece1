using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Returns.Adapters.Documents;

/// <summary>
/// Flows a credit note down A4 portrait pages: a header, caption-over-value fields, paragraphs, a table of lines (its
/// header repeated on each page), a totals block and a framed section. Every text, the page footer included, comes in
/// already translated, and is drawn through <see cref="ScriptTextDrawer"/> so Chinese, Japanese and Korean render.
/// </summary>
internal sealed class CreditNoteWriter : IDisposable
{
    private const double Margin = 50;
    private const double FooterHeight = 22;
    private const double Pad = 8;
    private const double ColumnGap = 14;
    private const double BodySize = 10;
    private const double CaptionSize = 7.5;
    private const double CellSize = 9;
    private const double StripHeight = 16;
    private const double EmphasizedSize = 12;
    private const double EmphasizedRuleGap = 6;

    private static readonly XBrush Ink = XBrushes.Black;
    private static readonly XBrush CaptionInk = XBrushes.DimGray;
    private static readonly XBrush Shade = new XSolidBrush(XColor.FromArgb(235, 235, 235));
    private static readonly XPen Rule = new(XColors.Black, 0.75);
    private static readonly XPen HeavyRule = new(XColors.Black, 1.5);
    private static readonly XPen Hairline = new(XColors.Gray, 0.4);

    private static readonly double PageWidth = A4Pages.Width;
    private static readonly double PageHeight = A4Pages.Height;
    private static readonly double Bottom = PageHeight - Margin - FooterHeight;
    private static readonly double Width = PageWidth - (2 * Margin);

    private readonly A4Pages _pages;
    private readonly string _footer;
    private readonly Func<int, int, string> _pageLabel;
    private XGraphics? _gfx;
    private ScriptTextDrawer? _text;

    /// <param name="title">The document's Info title.</param>
    /// <param name="footer">Printed at the foot of every page, left of the page label.</param>
    /// <param name="pageLabel">The page label from the page number and the page count ("Page 1 of 2").</param>
    public CreditNoteWriter(string title, string footer, Func<int, int, string> pageLabel)
    {
        _pages = new A4Pages(title);
        _footer = footer;
        _pageLabel = pageLabel;
        NewPage();
    }

    private double Y { get; set; }

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("The document was already saved.");

    private ScriptTextDrawer Text => _text ?? throw new InvalidOperationException("The document was already saved.");

    /// <summary>The shop's name over the document title, then a heavy rule.</summary>
    public void Header(string shopName, string title)
    {
        Text.DrawFitted(shopName, 12, 8, bold: true, CaptionInk, Margin, Y, Width);
        Y += 18;
        Text.DrawFitted(title, 22, 12, bold: true, Ink, Margin, Y, Width);
        Y += 30;
        Gfx.DrawLine(HeavyRule, Margin, Y, Margin + Width, Y);
        Y += 12;
    }

    public void Gap(double points) => Y += points;

    /// <summary>Caption-over-value cells, <paramref name="columns"/> to a row; a row never splits across pages.</summary>
    public void Fields(IReadOnlyList<(string Caption, string Value)> fields, int columns)
    {
        var cellWidth = (Width - ((columns - 1) * ColumnGap)) / columns;
        var lineHeight = BodySize * 1.3;
        foreach (var row in fields.Chunk(columns))
        {
            var values = row.Select(f => Text.Wrap(f.Value, BodySize, bold: false, cellWidth, maxLines: 3)).ToArray();
            var height = (CaptionSize * 1.4) + (values.Max(v => Math.Max(1, v.Count)) * lineHeight) + 8;
            KeepTogether(height);
            for (var i = 0; i < row.Length; i++)
            {
                var x = Margin + (i * (cellWidth + ColumnGap));
                Text.DrawFitted(row[i].Caption, CaptionSize, 5.5, bold: true, CaptionInk, x, Y, cellWidth);
                Text.DrawLines(values[i], BodySize, bold: false, Ink, x, Y + (CaptionSize * 1.4), lineHeight);
            }

            Y += height;
        }
    }

    /// <summary>Wrapped text, breaking to a new page where needed.</summary>
    public void Paragraph(string text, double size = BodySize, bool bold = false, double indent = 0)
    {
        foreach (var line in Text.Wrap(text, size, bold, Width - (2 * indent)))
        {
            KeepTogether(size * 1.35);
            Text.DrawInSlot(line, size, bold, Ink, Margin + indent, Y, size * 1.35);
            Y += size * 1.35;
        }
    }

    /// <summary>A bold section heading.</summary>
    public void Heading(string text)
    {
        KeepTogether(50);
        Text.DrawFitted(text, 11.5, 8, bold: true, Ink, Margin, Y, Width);
        Y += 18;
    }

    /// <summary>A grid of wrapped cells; a row never splits, and the header is repeated at the top of every page.</summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => Width * c.Weight / total).ToArray();
        var lineHeight = CellSize * 1.3;

        KeepTogether(60);
        DrawTableHeader(columns, widths);
        foreach (var row in rows)
        {
            var cells = row.Select((value, i) => Text.Wrap(value, CellSize, bold: false, widths[i] - (2 * 4), maxLines: 3)).ToArray();
            var height = (cells.Max(c => Math.Max(1, c.Count)) * lineHeight) + 8;
            if (Y + height > Bottom)
            {
                NewPage();
                DrawTableHeader(columns, widths);
            }

            DrawRow(columns, widths, cells, Y + 4, CellSize, bold: false, lineHeight);
            Y += height;
            Gfx.DrawLine(Hairline, Margin, Y, Margin + Width, Y);
        }

        Y += 10;
    }

    /// <summary>
    /// Label and amount rows in the right half of the page, amounts right-aligned; an emphasized row (the total) is
    /// bold, larger and ruled off above. The block never splits across pages.
    /// </summary>
    public void Totals(IReadOnlyList<(string Label, string Amount, bool Emphasized)> rows)
    {
        var left = Margin + (Width * 0.4);
        var blockWidth = Width * 0.6;
        KeepTogether(rows.Sum(r => (r.Emphasized ? EmphasizedRuleGap : 0) + Slot(r.Emphasized)) + 12);
        foreach (var (label, amount, emphasized) in rows)
        {
            var size = emphasized ? EmphasizedSize : BodySize;
            if (emphasized)
            {
                Gfx.DrawLine(Rule, left, Y + 2, left + blockWidth, Y + 2);
                Y += EmphasizedRuleGap;
            }

            var amountWidth = Text.Measure(amount, size, emphasized);
            Text.DrawInSlot(amount, size, emphasized, Ink, left + blockWidth - amountWidth, Y, Slot(emphasized));
            var labelWidth = blockWidth - amountWidth - ColumnGap;
            var labelSize = Text.FitSize(label, size, 6, emphasized, labelWidth);
            Text.DrawInSlot(Text.Ellipsize(label, labelSize, emphasized, labelWidth), labelSize, emphasized, Ink, left, Y, Slot(emphasized));
            Y += Slot(emphasized);
        }

        Y += 12;

        static double Slot(bool emphasized) => (emphasized ? EmphasizedSize : BodySize) * 1.6;
    }

    /// <summary>A framed section under a shaded caption strip: a prominent line (the code) centred, then paragraphs.</summary>
    public void Box(string caption, string prominent, IReadOnlyList<string> paragraphs)
    {
        var inner = Width - (2 * Pad);
        var lines = paragraphs.Select(p => Text.Wrap(p, BodySize, bold: false, inner)).ToArray();
        var height = StripHeight + Pad + 30 + lines.Sum(l => (l.Count * BodySize * 1.35) + 3) + Pad;
        KeepTogether(height);
        var top = Y;
        Gfx.DrawRectangle(Shade, Margin, top, Width, StripHeight);
        Text.DrawFitted(caption, 9, 6, bold: true, Ink, Margin + Pad, top + ((StripHeight - 10.8) / 2), inner);
        Y += StripHeight + Pad;
        Text.DrawFittedCentered(prominent, 18, 10, bold: true, Ink, new XRect(Margin + Pad, Y, inner, 24));
        Y += 30;
        foreach (var paragraph in lines)
        {
            Text.DrawLines(paragraph, BodySize, bold: false, Ink, Margin + Pad, Y, BodySize * 1.35);
            Y += (paragraph.Count * BodySize * 1.35) + 3;
        }

        Y += Pad;
        Gfx.DrawRectangle(Rule, Margin, top, Width, Y - top);
        Y += 12;
    }

    /// <summary>Finishes the document (page footers) and returns its bytes.</summary>
    public byte[] ToPdf()
    {
        _gfx?.Dispose();
        _gfx = null;
        _text = null;

        return _pages.Save(_footer, _pageLabel, new A4FooterStyle(CaptionSize, 5.5, Margin, 12, 4, ColumnGap));
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _pages.Dispose();
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    private void KeepTogether(double height)
    {
        if (Y + height > Bottom)
            NewPage();
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        (_gfx, _text) = _pages.Add();
        Y = Margin;
    }

    private void DrawTableHeader(IReadOnlyList<PdfColumn> columns, double[] widths)
    {
        var cells = columns.Select((c, i) => Text.Wrap(c.Caption, CaptionSize + 0.5, bold: true, widths[i] - 8, maxLines: 2)).ToArray();
        var lineHeight = (CaptionSize + 0.5) * 1.3;
        var height = (cells.Max(c => Math.Max(1, c.Count)) * lineHeight) + 8;
        Gfx.DrawRectangle(Shade, Margin, Y, Width, height);
        DrawRow(columns, widths, cells, Y + 4, CaptionSize + 0.5, bold: true, lineHeight);
        Y += height;
        Gfx.DrawLine(Rule, Margin, Y, Margin + Width, Y);
    }

    private void DrawRow(IReadOnlyList<PdfColumn> columns, double[] widths, IReadOnlyList<string>[] cells, double top, double size, bool bold, double lineHeight)
    {
        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var y = top;
            foreach (var line in cells[i])
            {
                var lineX = columns[i].AlignRight ? x + widths[i] - 4 - Text.Measure(line, size, bold) : x + 4;
                Text.DrawInSlot(line, size, bold, Ink, lineX, y, lineHeight);
                y += lineHeight;
            }

            x += widths[i];
        }
    }

}
