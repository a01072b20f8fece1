using System.Text;

namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// Comment text as the matchers read it: NFKC (full-width letters become ASCII, half-width katakana full-width) and
/// lower case, so keywords need only one spelling.
/// </summary>
internal static class CommentText
{
    public static string Normalize(string text)
    {
        string normalized;
        try
        {
            normalized = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate (a cut-off emoji) makes the text ill-formed; drop it rather than the comment.
            normalized = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKC);
        }

        return normalized.ToLowerInvariant();
    }

    /// <summary>
    /// The text without whitespace, for CJK matching (people space Korean and Chinese inconsistently), and for each
    /// of its characters the index it came from.
    /// </summary>
    public static (string Compact, int[] Origins) Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        var origins = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
                continue;
            builder.Append(text[i]);
            origins.Add(i);
        }

        return (builder.ToString(), origins.ToArray());
    }

    private static string WithoutLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
