using System.Text;

namespace Returns.Adapters.Documents;

/// <summary>
/// Splits text into runs of one script each, so every run can be drawn with an embedded font that has its
/// glyphs (PDFsharp has no per-character font fallback). Whitespace joins the run it follows (or, at the
/// start, the run it precedes), so "王小明 台北市" stays one run.
/// </summary>
public static class ScriptRuns
{
    /// <summary>The runs of <paramref name="text"/>, in order; empty for an empty string.</summary>
    public static IReadOnlyList<ScriptRun> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<ScriptRun>();
        var current = new StringBuilder();
        TextScript? currentScript = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                current.Append(rune.ToString());
                continue;
            }

            var script = ScriptOf(rune);
            if (currentScript is { } open && open != script)
            {
                runs.Add(new ScriptRun(open, current.ToString()));
                current.Clear();
            }

            currentScript = script;
            current.Append(rune.ToString());
        }

        if (current.Length > 0)
        {
            runs.Add(new ScriptRun(currentScript ?? TextScript.Latin, current.ToString()));
        }

        return runs;
    }

    /// <summary>The script whose font draws <paramref name="rune"/>.</summary>
    public static TextScript ScriptOf(Rune rune)
    {
        var c = rune.Value;
        if (c < 0x1100)
        {
            return TextScript.Latin;
        }

        if (IsHangul(c))
        {
            return TextScript.Hangul;
        }

        return IsCjk(c) ? TextScript.Cjk : TextScript.Latin;
    }

    /// <summary>The embedded font family for a script.</summary>
    public static string FamilyFor(TextScript script) => script switch
    {
        TextScript.Cjk => EmbeddedFontResolver.CjkFamily,
        TextScript.Hangul => EmbeddedFontResolver.HangulFamily,
        _ => EmbeddedFontResolver.DefaultFamily,
    };

    private static bool IsHangul(int c) =>
        c is (>= 0x1100 and <= 0x11FF) // Hangul Jamo
            or (>= 0x3130 and <= 0x318F) // Hangul Compatibility Jamo
            or (>= 0xA960 and <= 0xA97F) // Hangul Jamo Extended-A
            or (>= 0xAC00 and <= 0xD7AF) // Hangul Syllables
            or (>= 0xD7B0 and <= 0xD7FF) // Hangul Jamo Extended-B
            or (>= 0xFFA0 and <= 0xFFDC); // half-width Hangul

    private static bool IsCjk(int c) =>
        c is (>= 0x2E80 and <= 0x2FFF) // CJK and Kangxi radicals, ideographic description
            or (>= 0x3000 and <= 0x303F) // CJK symbols and punctuation
            or (>= 0x3040 and <= 0x30FF) // Hiragana, Katakana
            or (>= 0x3100 and <= 0x312F) // Bopomofo
            or (>= 0x3190 and <= 0x31FF) // Kanbun, Bopomofo extended, CJK strokes, Katakana extension
            or (>= 0x3200 and <= 0x33FF) // enclosed CJK letters, CJK compatibility
            or (>= 0x3400 and <= 0x4DBF) // CJK extension A
            or (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
            or (>= 0xF900 and <= 0xFAFF) // CJK compatibility ideographs
            or (>= 0xFE30 and <= 0xFE4F) // CJK compatibility forms
            or (>= 0xFF00 and <= 0xFFEF) // half-width and full-width forms (Hangul part handled above)
            or (>= 0x20000 and <= 0x3FFFF); // CJK extensions B and later
}
