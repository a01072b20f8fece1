using PdfSharp.Drawing;
using Returns.Orchestrations.Localization;

namespace Returns.Adapters.Documents;

/// <summary>
/// Page 2 of the return label, in the customer's language and the same 4x6 in size as the label (so a label
/// printer prints both without another paper setting): a title, the return and order ids, the numbered
/// steps (pack, include the listed items, attach the label, customs pouch when the parcel crosses a border,
/// drop off by the label's expiry date, keep the receipt) and the list of items (quantity × name (SKU)).
/// </summary>
/// <remarks>
/// Steps and items share one text size, from 10 pt down to 6.5 pt: the largest that shows every item, else
/// the one that shows the most; items that still do not fit end the list with "… +N". Steps whose data is
/// missing (no items, no drop-off date) are left out.
/// </remarks>
internal static class LabelInstructionsPage
{
    private const double Margin = 18;
    private const double Width = LabelPdfRenderer.PageWidth - (2 * Margin);
    private const double Bottom = LabelPdfRenderer.PageHeight - Margin;
    private const double NumberWidth = 14;
    private const double TitleSize = 13;
    private const double TitleLineHeight = 16;
    private const double IntroSize = 10;
    private const double IntroLineHeight = 13;
    private const double SectionGap = 12;
    private const double StepGap = 3;

    private static readonly double[] StepSizes = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5];
    private static readonly XBrush Ink = XBrushes.Black;
    private static readonly XPen Rule = new(XColors.Gray, 0.75);

    public static void Draw(XGraphics gfx, ScriptTextDrawer text, ReturnLabelContent c, CustomerLocale locale)
    {
        var items = (c.Items ?? [])
            .Where(i => i.Quantity > 0)
            .Select(i => locale.Text("label.itemLine", ("qty", i.Quantity), ("name", i.Name.Trim()), ("sku", i.Sku)))
            .ToList();
        var steps = Steps(c, locale, items.Count > 0);

        var y = Margin;
        foreach (var line in text.Wrap(locale.Text("label.instructionsTitle"), TitleSize, bold: true, Width, maxLines: 2))
        {
            text.DrawInSlot(line, TitleSize, bold: true, Ink, Margin, y, TitleLineHeight);
            y += TitleLineHeight;
        }

        y += 2;
        var intro = locale.Text("label.instructionsIntro", ("id", c.ReturnId), ("order", c.OrderNumber));
        foreach (var line in text.Wrap(intro, IntroSize, bold: false, Width, maxLines: 3))
        {
            text.DrawInSlot(line, IntroSize, bold: false, Ink, Margin, y, IntroLineHeight);
            y += IntroLineHeight;
        }

        y += SectionGap / 2;
        gfx.DrawLine(Rule, Margin, y, Margin + Width, y);
        y += SectionGap / 2;

        var size = ChooseSize(text, steps, items, y);
        var lineHeight = LineHeight(size);
        for (var i = 0; i < steps.Count; i++)
        {
            var lines = text.Wrap(steps[i], size, bold: false, Width - NumberWidth);
            text.DrawInSlot($"{i + 1}.", size, bold: true, Ink, Margin, y, lineHeight);
            foreach (var line in lines)
            {
                text.DrawInSlot(line, size, bold: false, Ink, Margin + NumberWidth, y, lineHeight);
                y += lineHeight;
            }

            y += StepGap;
        }

        if (items.Count == 0 || y - StepGap + ItemsHeader(size) + lineHeight > Bottom)
        {
            return;
        }

        y += (SectionGap / 2) - StepGap;
        gfx.DrawLine(Rule, Margin, y, Margin + Width, y);
        y += SectionGap / 2;
        text.DrawFitted(locale.Text("label.itemsTitle"), SectionTitleSize(size), 7, bold: true, Ink, Margin, y, Width);
        y += LineHeight(SectionTitleSize(size));

        var itemLines = ItemLines(text, items, size);
        var shown = ItemsThatFit(itemLines, lineHeight, Bottom - y);
        for (var i = 0; i < shown; i++)
        {
            text.DrawInSlot("•", size, bold: false, Ink, Margin + 4, y, lineHeight);
            foreach (var line in itemLines[i])
            {
                text.DrawInSlot(line, size, bold: false, Ink, Margin + NumberWidth, y, lineHeight);
                y += lineHeight;
            }
        }

        if (shown < items.Count)
        {
            text.DrawInSlot($"{ScriptTextDrawer.Ellipsis} +{items.Count - shown}", size, bold: false, Ink, Margin + NumberWidth, y, lineHeight);
        }
    }

    /// <summary>The items title: one point larger than the text, bold.</summary>
    private static double SectionTitleSize(double size) => size + 1;

    /// <summary>Space above the first item: the gap, the rule and the items title.</summary>
    private static double ItemsHeader(double size) => SectionGap + LineHeight(SectionTitleSize(size));

    /// <summary>
    /// The text size of steps and items: the one that shows the most items (all of them, ideally), the larger
    /// one of equals. Title and intro keep their sizes.
    /// </summary>
    private static double ChooseSize(ScriptTextDrawer text, List<string> steps, List<string> items, double top)
    {
        var best = StepSizes[^1];
        var bestCount = -1;
        foreach (var size in StepSizes)
        {
            var available = Bottom - top - StepsHeight(text, steps, size);
            if (available < 0)
            {
                continue;
            }

            var count = items.Count == 0 ? 0 : ItemsThatFit(ItemLines(text, items, size), LineHeight(size), available - ItemsHeader(size) + StepGap);
            if (count > bestCount)
            {
                (best, bestCount) = (size, count);
            }

            if (count == items.Count)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>Each item's lines (at most two; a longer item ends with an ellipsis).</summary>
    private static List<IReadOnlyList<string>> ItemLines(ScriptTextDrawer text, List<string> items, double size) =>
        [.. items.Select(i => text.Wrap(i, size, bold: false, Width - NumberWidth, maxLines: 2))];

    /// <summary>How many items fit into <paramref name="height"/>, keeping one line for "… +N" when not all do.</summary>
    private static int ItemsThatFit(List<IReadOnlyList<string>> items, double lineHeight, double height)
    {
        var used = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            var end = used + (items[i].Count * lineHeight);
            var more = i < items.Count - 1;
            if (end > height || (more && end + lineHeight > height))
            {
                return i;
            }

            used = end;
        }

        return items.Count;
    }

    private static List<string> Steps(ReturnLabelContent c, CustomerLocale locale, bool hasItems)
    {
        var steps = new List<string> { locale.Text("label.instructionPack") };
        if (hasItems)
        {
            steps.Add(locale.Text("label.instructionInclude"));
        }

        steps.Add(locale.Text("label.instructionAttach"));
        if (c.CrossBorder)
        {
            steps.Add(locale.Text("label.instructionCustoms"));
        }

        if (c.DropOffBy is { } dropOffBy)
        {
            steps.Add(locale.Text("label.instructionDropOff", ("carrier", c.CarrierName), ("date", locale.Date(dropOffBy))));
        }

        steps.Add(locale.Text("label.instructionKeep", ("tracking", c.TrackingNumber)));
        return steps;
    }

    private static double StepsHeight(ScriptTextDrawer text, List<string> steps, double size) =>
        steps.Sum(s => (text.Wrap(s, size, bold: false, Width - NumberWidth).Count * LineHeight(size)) + StepGap);

    private static double LineHeight(double size) => Math.Round(size * 1.3, 2);
}
