using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ZXing.Common;

namespace Returns.Adapters.Documents;

/// <summary>
/// Renders a one-page 4x6 in (288 x 432 pt) return shipping label as PDF. Barcodes are drawn as
/// vector rectangles from ZXing bit matrices; text uses the fonts of <see cref="EmbeddedFontResolver"/>.
/// </summary>
public sealed class LabelPdfRenderer
{
    /// <summary>Label width: 4 in.</summary>
    public const double PageWidth = 288;

    /// <summary>Label height: 6 in.</summary>
    public const double PageHeight = 432;

    private const double Margin = 8;
    private const double Pad = 6;
    private const double Inner = PageWidth - (2 * Margin);
    private const double InfoColumnWidth = 92;
    private const int Code128QuietModules = 10;
    private const int QrQuietModules = 4;
    private const string Family = EmbeddedFontResolver.DefaultFamily;

    private static readonly XBrush Ink = XBrushes.Black;
    private static readonly XBrush Paper = XBrushes.White;
    private static readonly XPen Rule = new(XColors.Black, 1);
    private static readonly XPen HeavyRule = new(XColors.Black, 2);

    public LabelPdfRenderer()
    {
        EmbeddedFontResolver.Register();
    }

    /// <summary>Renders the label; returns the bytes of a one-page PDF.</summary>
    public byte[] Render(ReturnLabelContent content)
    {
        ArgumentNullException.ThrowIfNull(content);

        using var document = new PdfDocument();
        document.Info.Title = $"Return label {content.ReturnId}";
        document.Info.Subject = $"{content.CarrierName} {content.TrackingNumber}";
        document.Info.Creator = "Returns";

        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);

        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, content);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static void Draw(XGraphics gfx, ReturnLabelContent c)
    {
        const double left = Margin;
        const double right = PageWidth - Margin;
        const double bottom = PageHeight - Margin;

        var y = Margin;
        y = DrawHeader(gfx, c, y);
        gfx.DrawLine(HeavyRule, left, y, right, y);

        y = DrawFromAndInfo(gfx, c, y);
        gfx.DrawLine(Rule, left, y, right, y);

        y = DrawShipTo(gfx, c, y);
        gfx.DrawLine(HeavyRule, left, y, right, y);

        y = DrawTracking(gfx, c, y);
        gfx.DrawLine(Rule, left, y, right, y);

        var footerTop = c.CrossBorder ? bottom - 22 : bottom;
        DrawReference(gfx, c, y, footerTop);

        if (c.CrossBorder)
        {
            gfx.DrawRectangle(Ink, left, footerTop, Inner, bottom - footerTop);
            DrawCentered(gfx, "CUSTOMS DOCUMENTS ENCLOSED", Font(11, bold: true), Paper, left, footerTop, Inner, bottom - footerTop);
        }

        gfx.DrawRectangle(Rule, left, Margin, Inner, bottom - Margin);
    }

    private static double DrawHeader(XGraphics gfx, ReturnLabelContent c, double top)
    {
        const double badgeWidth = 70;
        const double badgeHeight = 24;
        const double height = 46;
        var textWidth = Inner - badgeWidth - (3 * Pad);

        DrawFitted(gfx, c.CarrierName, 18, 11, bold: true, Margin + Pad, top + 6, textWidth);
        DrawFitted(gfx, c.ServiceName, 9.5, 7, bold: false, Margin + Pad, top + 28, textWidth);

        var badgeX = PageWidth - Margin - Pad - badgeWidth;
        var badgeY = top + ((height - badgeHeight) / 2);
        gfx.DrawRectangle(Ink, badgeX, badgeY, badgeWidth, badgeHeight);
        DrawCentered(gfx, "RETURN", Font(13, bold: true), Paper, badgeX, badgeY, badgeWidth, badgeHeight);
        return top + height;
    }

    private static double DrawFromAndInfo(XGraphics gfx, ReturnLabelContent c, double top)
    {
        const double height = 72;
        var fromWidth = Inner - InfoColumnWidth - (2 * Pad);
        var x = Margin + Pad;

        DrawCaption(gfx, "FROM", x, top + 5);
        DrawLines(gfx, c.ShipFrom, x, top + 15, fromWidth, maxLines: 5, size: 8.5, minSize: 6.5, lineHeight: 10.5, bold: false);

        var columnX = PageWidth - Margin - InfoColumnWidth;
        gfx.DrawLine(Rule, columnX, top, columnX, top + height);
        var infoX = columnX + Pad;
        var infoWidth = InfoColumnWidth - (2 * Pad);
        var rows = new (string Caption, string Value)[]
        {
            ("WEIGHT", FormatWeight(c.WeightGrams)),
            ("CONTENTS", c.ItemsSummary),
            ("CREATED", c.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        };
        var rowY = top + 5;
        foreach (var (caption, value) in rows)
        {
            DrawCaption(gfx, caption, infoX, rowY);
            DrawFitted(gfx, value, 9, 6, bold: true, infoX, rowY + 8, infoWidth);
            rowY += 22;
        }

        return top + height;
    }

    private static double DrawShipTo(XGraphics gfx, ReturnLabelContent c, double top)
    {
        const double height = 86;
        var x = Margin + Pad;
        DrawCaption(gfx, "SHIP TO", x, top + 5);
        DrawLines(gfx, c.ShipTo, x + 10, top + 15, Inner - (2 * Pad) - 10, maxLines: 5, size: 11.5, minSize: 8, lineHeight: 13.5, bold: true);
        return top + height;
    }

    private static double DrawTracking(XGraphics gfx, ReturnLabelContent c, double top)
    {
        const double barHeight = 62;
        const double height = 104;
        var x = Margin + Pad;
        DrawCaption(gfx, "TRACKING #", x, top + 5);

        var matrix = BarcodeMatrices.Code128(c.TrackingNumber);
        var modules = matrix.Width + (2 * Code128QuietModules);
        var moduleWidth = Math.Min(2.0, Inner / modules);
        var barsWidth = matrix.Width * moduleWidth;
        var barsX = Margin + ((Inner - barsWidth) / 2);
        var barsY = top + 16;
        FillMatrix(gfx, matrix, barsX, barsY, moduleWidth, barHeight / matrix.Height);

        DrawCentered(gfx, c.TrackingNumber, Font(11, bold: true), Ink, Margin, barsY + barHeight + 3, Inner, 16);
        return top + height;
    }

    private static void DrawReference(XGraphics gfx, ReturnLabelContent c, double top, double bottom)
    {
        var height = bottom - top;
        var matrix = BarcodeMatrices.QrCode(c.ReturnId);
        var quiet = Math.Min(12, height / 8);
        var size = Math.Min(84, height - (2 * quiet));
        var module = size / matrix.Width;
        var qrX = Margin + quiet;
        var qrY = top + ((height - size) / 2);
        FillMatrix(gfx, matrix, qrX, qrY, module, module);

        // Text starts one QR quiet zone (4 modules, at least the layout quiet zone) right of the code.
        var textX = qrX + size + Math.Max(quiet, QrQuietModules * module);
        var textWidth = PageWidth - Margin - Pad - textX;
        var y = top + 8;
        DrawCaption(gfx, "RETURN ID", textX, y);
        DrawFitted(gfx, c.ReturnId, 10.5, 6, bold: true, textX, y + 8, textWidth);
        y += 28;
        DrawCaption(gfx, "ORDER", textX, y);
        DrawFitted(gfx, c.OrderNumber, 10.5, 6, bold: true, textX, y + 8, textWidth);
        y += 28;
        if (y + 16 <= bottom)
        {
            DrawFitted(gfx, "Warehouse: scan the QR code to check in.", 7, 5.5, bold: false, textX, y, textWidth);
        }
    }

    /// <summary>Fills the set cells of a bit matrix, merging horizontal runs, as one vector path.</summary>
    private static void FillMatrix(XGraphics gfx, BitMatrix matrix, double x, double y, double cellWidth, double cellHeight)
    {
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < matrix.Height; row++)
        {
            var col = 0;
            while (col < matrix.Width)
            {
                if (!matrix[col, row])
                {
                    col++;
                    continue;
                }

                var start = col;
                while (col < matrix.Width && matrix[col, row])
                {
                    col++;
                }

                path.AddRectangle(x + (start * cellWidth), y + (row * cellHeight), (col - start) * cellWidth, cellHeight);
            }
        }

        gfx.DrawPath(Ink, path);
    }

    private static void DrawCaption(XGraphics gfx, string caption, double x, double y) =>
        gfx.DrawString(caption, Font(6.5, bold: true), Ink, new XRect(x, y, Inner, 8), XStringFormats.TopLeft);

    private static void DrawLines(
        XGraphics gfx, string[]? lines, double x, double y, double width,
        int maxLines, double size, double minSize, double lineHeight, bool bold)
    {
        var cleaned = (lines ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        if (cleaned.Count > maxLines)
        {
            // Keep the block height: the overflow joins the last line (and is shrunk or cut to fit).
            var tail = string.Join(", ", cleaned.Skip(maxLines - 1));
            cleaned = [.. cleaned.Take(maxLines - 1), tail];
        }

        foreach (var line in cleaned)
        {
            DrawFitted(gfx, line, size, minSize, bold, x, y, width);
            y += lineHeight;
        }
    }

    /// <summary>Draws one line from (x, y), shrinking it down to minSize and then cutting it with an ellipsis to fit width.</summary>
    private static void DrawFitted(XGraphics gfx, string? text, double size, double minSize, bool bold, double x, double y, double width)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var slotHeight = size * 1.2;
        var font = Font(size, bold);
        while (gfx.MeasureString(text, font).Width > width && size > minSize)
        {
            size = Math.Max(minSize, size - 0.5);
            font = Font(size, bold);
        }

        if (gfx.MeasureString(text, font).Width > width)
        {
            const string ellipsis = "\u2026";
            var cut = text.Length;
            while (cut > 1 && gfx.MeasureString(text[..cut] + ellipsis, font).Width > width)
            {
                cut--;
            }

            text = text[..cut].TrimEnd() + ellipsis;
        }

        // A shrunk line stays vertically centred in the slot of its nominal size.
        gfx.DrawString(text, font, Ink, new XRect(x, y, width, slotHeight), XStringFormats.CenterLeft);
    }

    private static void DrawCentered(XGraphics gfx, string text, XFont font, XBrush brush, double x, double y, double width, double height) =>
        gfx.DrawString(text, font, brush, new XRect(x, y, width, height), XStringFormats.Center);

    private static XFont Font(double size, bool bold) =>
        new(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private static string FormatWeight(int grams) =>
        grams >= 1000
            ? (grams / 1000m).ToString("0.00", CultureInfo.InvariantCulture) + " kg"
            : grams.ToString(CultureInfo.InvariantCulture) + " g";
}
