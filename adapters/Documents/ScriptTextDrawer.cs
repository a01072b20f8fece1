using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace Returns.Adapters.Documents;

/// <summary>
/// Measures, fits, wraps and draws strings that may mix scripts ("收件人 SHIP TO: 김민수, Łódź"): each
/// <see cref="ScriptRun"/> is drawn with its own embedded font, one after another on a common baseline.
/// All widths are measured with the run fonts, so shrinking, ellipsis cutting and wrapping see the real width.
/// </summary>
public sealed class ScriptTextDrawer
{
    /// <summary>Appended to text that was cut to fit.</summary>
    public const string Ellipsis = "\u2026";

    // Characters that must not start a line (closing punctuation, small kana, prolonged sound mark) or end one (opening brackets).
    private const string NoBreakBefore = ")]}>,.!?:;%、。，．・：；？！）」』】〕〉》｝］〗〙〛ー…‥ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ〜～";
    private const string NoBreakAfter = "([{<（「『【〔〈《｛［〖〘〚";

    private readonly XGraphics _gfx;
    private readonly Dictionary<(TextScript Script, double Size, bool Bold), XFont> _fonts = [];

    public ScriptTextDrawer(XGraphics gfx)
    {
        ArgumentNullException.ThrowIfNull(gfx);
        _gfx = gfx;
    }

    /// <summary>The advance width of <paramref name="text"/>, run by run, in points.</summary>
    public double Measure(string text, double size, bool bold)
    {
        var width = 0.0;
        foreach (var run in ScriptRuns.Split(text))
        {
            width += _gfx.MeasureString(run.Text, Font(run.Script, size, bold)).Width;
        }

        return width;
    }

    /// <summary>Draws <paramref name="text"/> from (x, baseline), left-aligned.</summary>
    public void DrawAtBaseline(string text, double size, bool bold, XBrush brush, double x, double baseline)
    {
        foreach (var run in ScriptRuns.Split(text))
        {
            var font = Font(run.Script, size, bold);
            _gfx.DrawString(run.Text, font, brush, x, baseline, XStringFormats.BaseLineLeft);
            x += _gfx.MeasureString(run.Text, font).Width;
        }
    }

    /// <summary>Draws one line left-aligned at x, vertically centred in the slot [top, top + slotHeight].</summary>
    public void DrawInSlot(string text, double size, bool bold, XBrush brush, double x, double top, double slotHeight) =>
        DrawAtBaseline(text, size, bold, brush, x, Baseline(size, bold, top, slotHeight));

    /// <summary>Draws one line centred horizontally and vertically in <paramref name="box"/> (not fitted).</summary>
    public void DrawCentered(string text, double size, bool bold, XBrush brush, XRect box)
    {
        var x = box.X + ((box.Width - Measure(text, size, bold)) / 2);
        DrawAtBaseline(text, size, bold, brush, x, Baseline(size, bold, box.Y, box.Height));
    }

    /// <summary>
    /// Draws one line from (x, y), shrinking it down to <paramref name="minSize"/> and then cutting it with an
    /// ellipsis to fit <paramref name="width"/>. A shrunk line stays centred in the slot of its nominal size.
    /// </summary>
    public void DrawFitted(string? text, double size, double minSize, bool bold, XBrush brush, double x, double y, double width)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var slotHeight = size * 1.2;
        var fitted = FitSize(text, size, minSize, bold, width);
        DrawInSlot(Ellipsize(text, fitted, bold, width), fitted, bold, brush, x, y, slotHeight);
    }

    /// <summary>Like <see cref="DrawFitted"/>, centred in <paramref name="box"/>.</summary>
    public void DrawFittedCentered(string? text, double size, double minSize, bool bold, XBrush brush, XRect box)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var fitted = FitSize(text, size, minSize, bold, box.Width);
        DrawCentered(Ellipsize(text, fitted, bold, box.Width), fitted, bold, brush, box);
    }

    /// <summary>The largest size from <paramref name="size"/> down to <paramref name="minSize"/> (in half points) at which the text fits.</summary>
    public double FitSize(string text, double size, double minSize, bool bold, double width)
    {
        while (size > minSize && Measure(text, size, bold) > width)
        {
            size = Math.Max(minSize, size - 0.5);
        }

        return size;
    }

    /// <summary>The text, or its longest prefix (whole characters) plus an ellipsis, that fits <paramref name="width"/>.</summary>
    public string Ellipsize(string text, double size, bool bold, double width)
    {
        if (Measure(text, size, bold) <= width)
        {
            return text;
        }

        var boundaries = StringInfo.ParseCombiningCharacters(text);
        for (var count = boundaries.Length - 1; count >= 1; count--)
        {
            var candidate = text[..boundaries[count]].TrimEnd() + Ellipsis;
            if (Measure(candidate, size, bold) <= width)
            {
                return candidate;
            }
        }

        return Ellipsis;
    }

    /// <summary>
    /// Breaks text into lines no wider than <paramref name="width"/>: at spaces, and between Han or kana
    /// characters (which are written without spaces), keeping closing punctuation off the start of a line and
    /// opening brackets off its end. A word wider than a line is broken between characters. When more than
    /// <paramref name="maxLines"/> lines would result, the last one ends with an ellipsis.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, double size, bool bold, double width, int maxLines = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var segment in Segments(text.Trim()))
        {
            if (line.Length > 0 && Measure((line + segment).TrimEnd(), size, bold) > width)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
            }

            var piece = line.Length == 0 ? segment.TrimStart() : segment;
            if (line.Length == 0 && Measure(piece.TrimEnd(), size, bold) > width)
            {
                // A single word wider than the line: break it between characters.
                foreach (var element in TextElements(piece))
                {
                    if (line.Length > 0 && Measure((line + element).TrimEnd(), size, bold) > width)
                    {
                        lines.Add(line.ToString().TrimEnd());
                        line.Clear();
                    }

                    line.Append(line.Length == 0 ? element.TrimStart() : element);
                }

                continue;
            }

            line.Append(piece);
        }

        if (line.ToString().Trim().Length > 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines - 1).ToList();
        var rest = string.Join(" ", lines.Skip(maxLines - 1));
        kept.Add(Ellipsize(rest + Ellipsis, size, bold, width));
        return kept;
    }

    /// <summary>The baseline that centres a line of the Latin font's ascent and descent in a slot.</summary>
    private double Baseline(double size, bool bold, double top, double slotHeight)
    {
        var metrics = Font(TextScript.Latin, size, bold).Metrics;
        var ascent = size * metrics.Ascent / metrics.UnitsPerEm;
        var descent = size * metrics.Descent / metrics.UnitsPerEm;
        return top + (slotHeight / 2) + ((ascent - descent) / 2);
    }

    private XFont Font(TextScript script, double size, bool bold)
    {
        var key = (script, size, bold);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new XFont(ScriptRuns.FamilyFor(script), size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            _fonts[key] = font;
        }

        return font;
    }

    /// <summary>Unbreakable pieces of text, each ending where a line may break (trailing spaces included).</summary>
    private static IEnumerable<string> Segments(string text)
    {
        var segment = new StringBuilder();
        string? previous = null;
        foreach (var element in TextElements(text))
        {
            if (previous is not null && segment.Length > 0 && MayBreakBetween(previous, element))
            {
                yield return segment.ToString();
                segment.Clear();
            }

            segment.Append(element);
            previous = element;
        }

        if (segment.Length > 0)
        {
            yield return segment.ToString();
        }
    }

    private static bool MayBreakBetween(string before, string after)
    {
        if (string.IsNullOrWhiteSpace(after))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(before))
        {
            return true;
        }

        return (IsIdeographic(before) || IsIdeographic(after))
            && !NoBreakBefore.Contains(after, StringComparison.Ordinal)
            && !NoBreakAfter.Contains(before, StringComparison.Ordinal);
    }

    /// <summary>Han, kana and CJK punctuation: scripts written without spaces, breakable between any two characters.</summary>
    private static bool IsIdeographic(string element) =>
        Rune.TryGetRuneAt(element, 0, out var rune) && ScriptRuns.ScriptOf(rune) == TextScript.Cjk;

    private static IEnumerable<string> TextElements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }
}
