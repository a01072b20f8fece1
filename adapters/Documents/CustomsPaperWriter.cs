using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Returns.Adapters.Documents;

/// <summary>
/// Flows a document down A4 portrait pages: headings, field grids, address boxes, boxed sections and tables.
/// When a page is full the next one is started: a table repeats its header, an open box is closed and reopened
/// as "(continued)", and every page gets a "page n of m" footer. All text is drawn through
/// <see cref="ScriptTextDrawer"/>, so Chinese, Japanese and Korean values render with their own fonts.
/// </summary>
internal sealed class CustomsPaperWriter : IDisposable
{
    private const double Margin = 42;
    private const double FooterHeight = 18;
    private const double Pad = 6;
    private const double ColumnGap = 10;
    private const double BodySize = 8.5;
    private const double CaptionSize = 6.5;
    private const double CellSize = 7;
    private const double StripHeight = 14;
    private const double CheckboxSize = 7;

    private static readonly XBrush Ink = XBrushes.Black;
    private static readonly XBrush Paper = XBrushes.White;
    private static readonly XBrush CaptionInk = XBrushes.DimGray;
    private static readonly XBrush Shade = XBrushes.Gainsboro;
    private static readonly XPen Rule = new(XColors.Black, 0.75);
    private static readonly XPen Hairline = new(XColors.Gray, 0.4);

    private static readonly double PageWidth = A4Pages.Width;
    private static readonly double PageHeight = A4Pages.Height;
    private static readonly double Bottom = PageHeight - Margin - FooterHeight;

    private readonly A4Pages _pages;
    private readonly string _footer;
    private XGraphics? _gfx;
    private ScriptTextDrawer? _text;
    private string? _boxCaption;
    private double _boxTop;

    /// <param name="title">The document's Info title.</param>
    /// <param name="footer">Printed at the foot of every page, left of the page number.</param>
    public CustomsPaperWriter(string title, string footer)
    {
        _pages = new A4Pages(title);
        _footer = footer;
        NewPage();
    }

    /// <summary>Where the next element starts, in points from the top of the page.</summary>
    private double Y { get; set; }

    private double Left => Margin + (_boxCaption is null ? 0 : Pad);

    private double Width => PageWidth - (2 * Margin) - (_boxCaption is null ? 0 : 2 * Pad);

    /// <summary>The lowest point content may reach; a box keeps its padding free.</summary>
    private double Limit => Bottom - (_boxCaption is null ? 0 : Pad);

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("The document was already saved.");

    private ScriptTextDrawer Text => _text ?? throw new InvalidOperationException("The document was already saved.");

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (Y + height > Limit)
        {
            NewPage();
        }
    }

    public void Gap(double points) => Y += points;

    /// <summary>The document title, with an optional marking in white on a black band under it.</summary>
    public void Title(string title, string? marking)
    {
        Text.DrawFitted(title, 18, 12, bold: true, Ink, Left, Y, Width);
        Y += 26;
        if (marking is not null)
        {
            var band = new XRect(Left, Y, Width, 20);
            Gfx.DrawRectangle(Ink, band);
            Text.DrawFittedCentered(marking, 11, 7, bold: true, Paper, new XRect(band.X + Pad, band.Y, band.Width - (2 * Pad), band.Height));
            Y += band.Height;
        }

        Y += 8;
    }

    /// <summary>A bold line, such as a section name.</summary>
    public void Heading(string text, double size = 10)
    {
        KeepTogether((size * 1.3) + 24);
        Text.DrawFitted(text, size, CaptionSize, bold: true, Ink, Left, Y, Width);
        Y += (size * 1.3) + 2;
    }

    /// <summary>Caption-over-value cells, <paramref name="columns"/> to a row; a row never splits across pages.</summary>
    public void Fields(IReadOnlyList<(string Caption, string Value)> fields, int columns)
    {
        var cellWidth = (Width - ((columns - 1) * ColumnGap)) / columns;
        var lineHeight = BodySize * 1.25;
        foreach (var row in fields.Chunk(columns))
        {
            var values = row.Select(f => Text.Wrap(f.Value, BodySize, bold: false, cellWidth, maxLines: 4)).ToArray();
            var height = (CaptionSize * 1.3) + (values.Max(v => Math.Max(1, v.Count)) * lineHeight) + 4;
            KeepTogether(height);
            for (var i = 0; i < row.Length; i++)
            {
                var x = Left + (i * (cellWidth + ColumnGap));
                Text.DrawFitted(row[i].Caption, CaptionSize, 5, bold: true, CaptionInk, x, Y, cellWidth);
                Text.DrawLines(values[i], BodySize, bold: false, Ink, x, Y + (CaptionSize * 1.3), lineHeight);
            }

            Y += height;
        }
    }

    /// <summary>Side-by-side boxes of address lines under a caption strip (exporter, consignee).</summary>
    public void Addresses(IReadOnlyList<(string Caption, IReadOnlyList<string> Lines)> blocks)
    {
        var boxWidth = (Width - ((blocks.Count - 1) * ColumnGap)) / blocks.Count;
        var lineHeight = 9 * 1.25;
        var wrapped = blocks
            .Select(b => b.Lines.SelectMany(l => Text.Wrap(l, 9, bold: false, boxWidth - (2 * Pad), maxLines: 2)).ToList())
            .ToArray();
        var height = StripHeight + Pad + (wrapped.Max(w => Math.Max(1, w.Count)) * lineHeight) + Pad;
        KeepTogether(height);
        for (var i = 0; i < blocks.Count; i++)
        {
            var box = new XRect(Left + (i * (boxWidth + ColumnGap)), Y, boxWidth, height);
            DrawStrip(blocks[i].Caption, box.X, box.Y, box.Width);
            Text.DrawLines(wrapped[i], 9, bold: false, Ink, box.X + Pad, box.Y + StripHeight + Pad, lineHeight);
            Gfx.DrawRectangle(Rule, box);
        }

        Y += height + 8;
    }

    /// <summary>Wrapped text, line by line, breaking to a new page where needed.</summary>
    public void Paragraph(string text, double size = BodySize, bool bold = false)
    {
        foreach (var line in Text.Wrap(text, size, bold, Width))
        {
            KeepTogether(size * 1.25);
            Text.DrawInSlot(line, size, bold, Ink, Left, Y, size * 1.25);
            Y += size * 1.25;
        }
    }

    /// <summary>A checklist item: an empty square to tick (a drawn one: ☐ is missing from the fonts), then the text.</summary>
    public void Checkbox(string text)
    {
        var lineHeight = BodySize * 1.25;
        var indent = CheckboxSize + 5;
        var first = true;
        foreach (var line in Text.Wrap(text, BodySize, bold: false, Width - indent))
        {
            KeepTogether(lineHeight);
            if (first)
            {
                Gfx.DrawRectangle(Rule, Left + 0.5, Y + ((lineHeight - CheckboxSize) / 2), CheckboxSize, CheckboxSize);
                first = false;
            }

            Text.DrawInSlot(line, BodySize, bold: false, Ink, Left + indent, Y, lineHeight);
            Y += lineHeight;
        }

        Y += 1.5;
    }

    /// <summary>A framed section of paragraphs under a caption strip.</summary>
    public void Box(string caption, IEnumerable<string> paragraphs)
    {
        BeginBox(caption);
        foreach (var paragraph in paragraphs)
        {
            Paragraph(paragraph);
            Gap(3);
        }

        EndBox();
    }

    /// <summary>Opens a framed section; content until <see cref="EndBox"/> is inset, and continues on the next page if needed.</summary>
    public void BeginBox(string caption)
    {
        if (_boxCaption is not null)
        {
            throw new InvalidOperationException("Boxes do not nest.");
        }

        KeepTogether(StripHeight + Pad + 30);
        _boxCaption = caption;
        OpenBoxSegment(caption);
    }

    public void EndBox()
    {
        Y += Pad;
        CloseBoxSegment();
        _boxCaption = null;
        Y += 10;
    }

    /// <summary>Signature-style blanks: a line to write on for each caption, side by side.</summary>
    public void Blanks(IReadOnlyList<string> captions)
    {
        KeepTogether(40);
        var width = (Width - ((captions.Count - 1) * 16)) / captions.Count;
        for (var i = 0; i < captions.Count; i++)
        {
            var x = Left + (i * (width + 16));
            Gfx.DrawLine(Rule, x, Y + 26, x + width, Y + 26);
            Text.DrawFitted(captions[i], CaptionSize, 5, bold: true, CaptionInk, x, Y + 28, width);
        }

        Y += 40;
    }

    /// <summary>A grid of wrapped cells; a row never splits, and the header is repeated at the top of every page.</summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => Width * c.Weight / total).ToArray();
        var lineHeight = CellSize * 1.25;

        DrawTableHeader(columns, widths);
        foreach (var row in rows)
        {
            var cells = row.Select((value, i) => Text.Wrap(value, CellSize, bold: false, widths[i] - 4, maxLines: 4)).ToArray();
            var height = (cells.Max(c => Math.Max(1, c.Count)) * lineHeight) + 4;
            if (Y + height > Limit)
            {
                NewPage();
                DrawTableHeader(columns, widths);
            }

            DrawRow(columns, widths, cells, Y, height, CellSize, bold: false);
            Y += height;
        }

        Y += 8;
    }

    /// <summary>Finishes the document (page footers) and returns its bytes.</summary>
    public byte[] ToPdf()
    {
        if (_boxCaption is not null)
        {
            EndBox();
        }

        _gfx?.Dispose();
        _gfx = null;
        _text = null;

        return _pages.Save(_footer, (page, count) => $"Page {page} of {count}", new A4FooterStyle(CaptionSize, 5, Margin, 10, 3, ColumnGap));
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _pages.Dispose();
    }

    private void NewPage()
    {
        if (_boxCaption is not null)
        {
            CloseBoxSegment();
        }

        _gfx?.Dispose();
        (_gfx, _text) = _pages.Add();
        Y = Margin;

        if (_boxCaption is not null)
        {
            OpenBoxSegment(_boxCaption + " (continued)");
        }
    }

    private void OpenBoxSegment(string caption)
    {
        _boxTop = Y;
        DrawStrip(caption, Margin, Y, PageWidth - (2 * Margin));
        Y += StripHeight + Pad;
    }

    private void CloseBoxSegment() =>
        Gfx.DrawRectangle(Rule, Margin, _boxTop, PageWidth - (2 * Margin), Y - _boxTop);

    private void DrawStrip(string caption, double x, double y, double width)
    {
        Gfx.DrawRectangle(Shade, x, y, width, StripHeight);
        Text.DrawFitted(caption, 7.5, 5.5, bold: true, Ink, x + Pad, y + ((StripHeight - 9) / 2), width - (2 * Pad));
    }

    private void DrawTableHeader(IReadOnlyList<PdfColumn> columns, double[] widths)
    {
        var size = CaptionSize;
        var cells = columns.Select((c, i) => Text.Wrap(c.Caption, size, bold: true, widths[i] - 4, maxLines: 2)).ToArray();
        var height = (cells.Max(c => Math.Max(1, c.Count)) * size * 1.25) + 4;
        Gfx.DrawRectangle(Shade, Left, Y, widths.Sum(), height);
        DrawRow(columns, widths, cells, Y, height, size, bold: true);
        Y += height;
    }

    private void DrawRow(IReadOnlyList<PdfColumn> columns, double[] widths, IReadOnlyList<string>[] cells, double top, double height, double size, bool bold)
    {
        var x = Left;
        for (var i = 0; i < widths.Length; i++)
        {
            Gfx.DrawRectangle(Hairline, x, top, widths[i], height);
            var y = top + 2;
            foreach (var line in cells[i])
            {
                var lineX = columns[i].AlignRight ? x + widths[i] - 2 - Text.Measure(line, size, bold) : x + 2;
                Text.DrawInSlot(line, size, bold, Ink, lineX, y, size * 1.25);
                y += size * 1.25;
            }

            x += widths[i];
        }
    }

}
