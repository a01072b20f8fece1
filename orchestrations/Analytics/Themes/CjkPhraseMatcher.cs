namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// Finds keywords in Chinese, Japanese or Korean text by substring, as these are written without spaces between
/// words (Korean keywords and text are compared with spaces removed, as people space it inconsistently).
/// </summary>
internal sealed class CjkPhraseMatcher
{
    private readonly Dictionary<char, (string Text, string[] Themes)[]> _byFirstChar;
    private readonly string[] _negations;

    /// <param name="lexicons">Keywords by theme id, several lexicons merged (Simplified and Traditional Chinese).</param>
    /// <param name="negations">
    /// Words that negate a keyword right after them (Chinese 不, 没有). Japanese and Korean negate after the word, so
    /// their lexicons list the negated forms as neutral phrases instead.
    /// </param>
    public CjkPhraseMatcher(IEnumerable<IReadOnlyDictionary<string, string[]>> lexicons, string[] negations)
    {
        _negations = negations;
        var phrases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var lexicon in lexicons)
        {
            foreach (var (theme, keywords) in lexicon)
            {
                foreach (var keyword in keywords)
                {
                    var text = CommentText.Compact(CommentText.Normalize(keyword)).Compact;
                    if (text.Length == 0)
                        throw new ArgumentException($"Keyword '{keyword}' is blank.", nameof(lexicons));
                    if (!phrases.TryGetValue(text, out var themes))
                        phrases[text] = themes = [];
                    if (theme != ThemeLexicon.Neutral && !themes.Contains(theme))
                        themes.Add(theme);
                }
            }
        }

        _byFirstChar = phrases.GroupBy(p => p.Key[0])
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value.ToArray())).ToArray());
    }

    /// <summary>The keywords found in <paramref name="compact"/> (see <see cref="CommentText.Compact"/>), overlaps resolved.</summary>
    public List<PhraseMatch> Match(string compact)
    {
        var candidates = new List<PhraseMatch>();
        for (var i = 0; i < compact.Length; i++)
        {
            if (!_byFirstChar.TryGetValue(compact[i], out var phrases))
                continue;
            foreach (var (text, themes) in phrases)
            {
                if (compact.AsSpan(i).StartsWith(text, StringComparison.Ordinal))
                    candidates.Add(new PhraseMatch(i, text.Length, themes));
            }
        }

        var taken = new bool[compact.Length];
        var chosen = PhraseSelection.Longest(candidates, taken);
        for (var i = 0; i < chosen.Count; i++)
        {
            if (chosen[i].Themes.Count > 0 && IsNegated(compact, chosen[i].Start, taken))
                chosen[i] = chosen[i] with { Themes = [] };
        }

        return chosen;
    }

    /// <summary>Whether a negation stands right before <paramref name="start"/>, not as part of another keyword (不合适).</summary>
    private bool IsNegated(string compact, int start, bool[] taken)
    {
        foreach (var negation in _negations)
        {
            var from = start - negation.Length;
            if (from >= 0 && compact.AsSpan(from, negation.Length).SequenceEqual(negation) && Array.IndexOf(taken, true, from, negation.Length) < 0)
                return true;
        }

        return false;
    }
}
