using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Returns.Orchestrations.Localization;
using ZXing.Common;

namespace Returns.Adapters.Documents;

/// <summary>
/// Renders a return label as a two-page PDF of 4x6 in (288 x 432 pt) pages: page 1 is the shipping label,
/// page 2 the customer's instructions (<see cref="LabelInstructionsPage"/>). Barcodes are drawn as vector
/// rectangles from ZXing bit matrices; text is drawn run by run with the embedded fonts of its script
/// (<see cref="ScriptTextDrawer"/>), so Chinese, Japanese and Korean names and addresses render anywhere.
/// </summary>
/// <remarks>
/// When the customer's language is not English, page 1 captions, the badge and the customs marker are
/// bilingual with English first (carrier staff read it); values (addresses, ids) are printed as given.
/// The warehouse hint stays English: it is addressed to the returns warehouse, not to the customer.
/// </remarks>
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

    private static readonly XBrush Ink = XBrushes.Black;
    private static readonly XBrush Paper = XBrushes.White;
    private static readonly XPen Rule = new(XColors.Black, 1);
    private static readonly XPen HeavyRule = new(XColors.Black, 2);

    private readonly CustomerLanguages _languages;
    private readonly CustomerLocale _english;

    public LabelPdfRenderer()
        : this(CustomerLanguages.Default)
    {
    }

    /// <summary>Renders with the translations of <paramref name="languages"/>.</summary>
    public LabelPdfRenderer(CustomerLanguages languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        EmbeddedFontResolver.Register();
        _languages = languages;
        _english = languages.For(TextCatalog.FallbackLanguage);
    }

    /// <summary>Renders the label; returns the bytes of a two-page PDF (label, instructions).</summary>
    public byte[] Render(ReturnLabelContent content)
    {
        ArgumentNullException.ThrowIfNull(content);

        var texts = new LabelTexts(_english, _languages.For(content.Locale));
        using var document = new PdfDocument();
        document.Info.Title = texts.Customer.Text("label.title", ("id", content.ReturnId));
        document.Info.Subject = $"{content.CarrierName} {content.TrackingNumber}";
        document.Info.Creator = "Returns";

        using (var gfx = XGraphics.FromPdfPage(AddPage(document)))
        {
            DrawLabel(gfx, new ScriptTextDrawer(gfx), content, texts);
        }

        using (var gfx = XGraphics.FromPdfPage(AddPage(document)))
        {
            LabelInstructionsPage.Draw(gfx, new ScriptTextDrawer(gfx), content, texts.Customer);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static PdfPage AddPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        return page;
    }

    private static void DrawLabel(XGraphics gfx, ScriptTextDrawer text, ReturnLabelContent c, LabelTexts texts)
    {
        const double left = Margin;
        const double right = PageWidth - Margin;
        const double bottom = PageHeight - Margin;

        var y = Margin;
        y = DrawHeader(gfx, text, c, texts, y);
        gfx.DrawLine(HeavyRule, left, y, right, y);

        y = DrawFromAndInfo(gfx, text, c, texts, y);
        gfx.DrawLine(Rule, left, y, right, y);

        y = DrawShipTo(text, c, texts, y);
        gfx.DrawLine(HeavyRule, left, y, right, y);

        y = DrawTracking(gfx, text, c, texts, y);
        gfx.DrawLine(Rule, left, y, right, y);

        var customsLocal = texts.Local("label.customsEnclosed");
        var footerTop = !c.CrossBorder ? bottom : customsLocal is null ? bottom - 22 : bottom - 30;
        var hazardTop = footerTop - (c.HazardMarks is { Count: > 0 } marks ? 6 + (9 * marks.Count) : 0);
        DrawReference(gfx, text, c, texts, y, hazardTop);
        DrawHazardMarks(gfx, text, c.HazardMarks, hazardTop, footerTop);

        if (c.CrossBorder)
        {
            var box = new XRect(left, footerTop, Inner, bottom - footerTop);
            gfx.DrawRectangle(Ink, box);
            var english = texts.English("label.customsEnclosed");
            if (customsLocal is null)
            {
                text.DrawFittedCentered(english, 11, 7, bold: true, Paper, Inset(box, Pad, 0));
            }
            else
            {
                text.DrawFittedCentered(english, 10, 7, bold: true, Paper, new XRect(left + Pad, footerTop + 3, Inner - (2 * Pad), 13));
                text.DrawFittedCentered(customsLocal, 8.5, 6, bold: true, Paper, new XRect(left + Pad, footerTop + 16, Inner - (2 * Pad), 11));
            }
        }

        gfx.DrawRectangle(Rule, left, Margin, Inner, bottom - Margin);
    }

    /// <summary>Dangerous-goods marks in English (carrier staff read them), boxed in a heavy rule above the footer.</summary>
    private static void DrawHazardMarks(XGraphics gfx, ScriptTextDrawer text, IReadOnlyList<string>? marks, double top, double bottom)
    {
        if (marks is not { Count: > 0 })
            return;
        gfx.DrawRectangle(HeavyRule, new XRect(Margin + 1, top + 1, Inner - 2, bottom - top - 2));
        for (var i = 0; i < marks.Count; i++)
            text.DrawFittedCentered(marks[i], 7.5, 5, bold: true, Ink, new XRect(Margin + Pad, top + 3 + (9 * i), Inner - (2 * Pad), 9));
    }

    private static double DrawHeader(XGraphics gfx, ScriptTextDrawer text, ReturnLabelContent c, LabelTexts texts, double top)
    {
        const double badgeWidth = 72;
        const double height = 46;
        var badgeLocal = texts.Local("label.badge");
        var badgeHeight = badgeLocal is null ? 24.0 : 32.0;
        var textWidth = Inner - badgeWidth - (3 * Pad);

        text.DrawFitted(c.CarrierName, 18, 11, bold: true, Ink, Margin + Pad, top + 6, textWidth);
        text.DrawFitted(c.ServiceName, 9.5, 7, bold: false, Ink, Margin + Pad, top + 28, textWidth);

        var badge = new XRect(PageWidth - Margin - Pad - badgeWidth, top + ((height - badgeHeight) / 2), badgeWidth, badgeHeight);
        gfx.DrawRectangle(Ink, badge);
        var english = texts.English("label.badge");
        if (badgeLocal is null)
        {
            text.DrawFittedCentered(english, 13, 8, bold: true, Paper, Inset(badge, 3, 0));
        }
        else
        {
            text.DrawFittedCentered(english, 11.5, 7, bold: true, Paper, new XRect(badge.X + 3, badge.Y + 3, badge.Width - 6, 14));
            text.DrawFittedCentered(badgeLocal, 9, 6, bold: true, Paper, new XRect(badge.X + 3, badge.Y + 17, badge.Width - 6, 11));
        }

        return top + height;
    }

    private static double DrawFromAndInfo(XGraphics gfx, ScriptTextDrawer text, ReturnLabelContent c, LabelTexts texts, double top)
    {
        const double height = 72;
        var fromWidth = Inner - InfoColumnWidth - (2 * Pad);
        var x = Margin + Pad;

        DrawCaption(text, texts.Caption("label.from"), x, top + 5, fromWidth);
        DrawLines(text, c.ShipFrom, x, top + 15, fromWidth, maxLines: 5, size: 8.5, minSize: 6.5, lineHeight: 10.5, bold: false);

        var columnX = PageWidth - Margin - InfoColumnWidth;
        gfx.DrawLine(Rule, columnX, top, columnX, top + height);
        var infoX = columnX + Pad;
        var infoWidth = InfoColumnWidth - (2 * Pad);
        var rows = new (string Caption, string Value)[]
        {
            (texts.Caption("label.weight"), FormatWeight(c.WeightGrams)),
            (texts.Caption("label.contents"), c.ItemsSummary),
            (texts.Caption("label.created"), c.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        };
        var rowY = top + 5;
        foreach (var (caption, value) in rows)
        {
            DrawCaption(text, caption, infoX, rowY, infoWidth);
            text.DrawFitted(value, 9, 6, bold: true, Ink, infoX, rowY + 8, infoWidth);
            rowY += 22;
        }

        return top + height;
    }

    private static double DrawShipTo(ScriptTextDrawer text, ReturnLabelContent c, LabelTexts texts, double top)
    {
        const double height = 86;
        var x = Margin + Pad;
        DrawCaption(text, texts.Caption("label.shipTo"), x, top + 5, Inner - (2 * Pad));
        DrawLines(text, c.ShipTo, x + 10, top + 15, Inner - (2 * Pad) - 10, maxLines: 5, size: 11.5, minSize: 8, lineHeight: 13.5, bold: true);
        return top + height;
    }

    private static double DrawTracking(XGraphics gfx, ScriptTextDrawer text, ReturnLabelContent c, LabelTexts texts, double top)
    {
        const double barHeight = 62;
        const double height = 104;
        var x = Margin + Pad;
        DrawCaption(text, texts.Caption("label.tracking"), x, top + 5, Inner - (2 * Pad));

        var matrix = BarcodeMatrices.Code128(c.TrackingNumber);
        var modules = matrix.Width + (2 * Code128QuietModules);
        var moduleWidth = Math.Min(2.0, Inner / modules);
        var barsWidth = matrix.Width * moduleWidth;
        var barsX = Margin + ((Inner - barsWidth) / 2);
        var barsY = top + 16;
        FillMatrix(gfx, matrix, barsX, barsY, moduleWidth, barHeight / matrix.Height);

        text.DrawFittedCentered(c.TrackingNumber, 11, 7, bold: true, Ink, new XRect(Margin, barsY + barHeight + 3, Inner, 16));
        return top + height;
    }

    private static void DrawReference(XGraphics gfx, ScriptTextDrawer text, ReturnLabelContent c, LabelTexts texts, double top, double bottom)
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
        var y = top + 7;
        DrawCaption(text, texts.Caption("label.returnId"), textX, y, textWidth);
        text.DrawFitted(c.ReturnId, 10.5, 6, bold: true, Ink, textX, y + 8, textWidth);
        y += 26;
        DrawCaption(text, texts.Caption("label.order"), textX, y, textWidth);
        text.DrawFitted(c.OrderNumber, 10.5, 6, bold: true, Ink, textX, y + 8, textWidth);
        y += 26;
        if (y + 12 <= bottom)
        {
            text.DrawFitted(texts.English("label.warehouseHint"), 7, 5.5, bold: false, Ink, textX, y, textWidth);
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

    private static void DrawCaption(ScriptTextDrawer text, string caption, double x, double y, double width) =>
        text.DrawFitted(caption, 6.5, 5, bold: true, Ink, x, y, width);

    private static void DrawLines(
        ScriptTextDrawer text, string[]? lines, double x, double y, double width,
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
            text.DrawFitted(line, size, minSize, bold, Ink, x, y, width);
            y += lineHeight;
        }
    }

    private static XRect Inset(XRect box, double dx, double dy) =>
        new(box.X + dx, box.Y + dy, box.Width - (2 * dx), box.Height - (2 * dy));

    private static string FormatWeight(int grams) =>
        grams >= 1000
            ? (grams / 1000m).ToString("0.00", CultureInfo.InvariantCulture) + " kg"
            : grams.ToString(CultureInfo.InvariantCulture) + " g";
}
