using System.Globalization;
using System.Text;

namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// Splits alphabetic text into words and folds accents ("été" → "ete", "ß" → "ss"), so a comment typed without
/// accents (or with "ae" for "ä" in German) matches the same keywords.
/// </summary>
internal static class LatinFolding
{
    private const char FirstFolded = '\u00C0';
    private const char LastFolded = '\u024F';

    /// <summary>Folded forms of U+00C0–U+024F, null where the letter has no accent to drop.</summary>
    private static readonly string?[] Folds = BuildFolds();

    /// <summary>The words of normalised text: runs of letters, split at anything else (apostrophes, hyphens, digits).</summary>
    public static List<Word> Words(string normalized)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < normalized.Length)
        {
            if (Scripts.Of(normalized[i]) != CharScript.Letter)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < normalized.Length && Scripts.Of(normalized[i]) == CharScript.Letter)
                i++;
            var folded = Fold(normalized.AsSpan(start, i - start));
            if (folded.Length > 0)
                words.Add(new Word(folded, start, i));
        }

        return words;
    }

    public static string Fold(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAnyExceptInRange('\0', (char)(FirstFolded - 1)))
            return word.ToString();
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is >= FirstFolded and <= LastFolded && Folds[c - FirstFolded] is { } folded)
                builder.Append(folded);
            else if (!Scripts.IsMark(c))
                builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>German typed without umlauts writes "ae", "oe", "ue"; folding those too makes "faellt" read as "fällt".</summary>
    public static string GermanSpelling(string folded) =>
        folded.Contains('e', StringComparison.Ordinal)
            ? folded.Replace("ae", "a", StringComparison.Ordinal)
                .Replace("oe", "o", StringComparison.Ordinal)
                .Replace("ue", "u", StringComparison.Ordinal)
            : folded;

    private static string?[] BuildFolds()
    {
        var special = new Dictionary<char, string>
        {
            ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['đ'] = "d", ['ð'] = "d", ['ł'] = "l", ['þ'] = "th", ['ı'] = "i",
        };
        var folds = new string?[LastFolded - FirstFolded + 1];
        for (var c = FirstFolded; c <= LastFolded; c++)
        {
            var lower = char.ToLowerInvariant(c);
            var folded = special.TryGetValue(lower, out var s)
                ? s
                : new string(lower.ToString().Normalize(NormalizationForm.FormD)
                    .Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark).ToArray());
            folds[c - FirstFolded] = folded == c.ToString() || folded.Length == 0 ? null : folded;
        }

        return folds;
    }
}
