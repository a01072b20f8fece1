namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// Finds one language's keywords in the words of a comment, whole words only ("late" is not in "later"), and
/// ignores a keyword right after a negation ("not too small", "nicht kaputt", "sin daños").
/// </summary>
internal sealed class LatinPhraseMatcher
{
    private const char OpenMarker = '*';

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        // "t" is what is left of "n't" once words are split at the apostrophe.
        "not", "no", "never", "t", "nothing", "without",
        "nicht", "nichts", "kein", "keine", "keinen", "keiner", "keinerlei", "nie", "niemals", "ohne",
        "pas", "jamais", "sans", "aucun", "aucune", "rien",
        "nunca", "sin", "ningun", "ninguna", "nada",
    };

    private readonly Dictionary<string, LatinPhrase[]> _byFirstWord;

    /// <summary>Phrases whose first word is open ("defect*"), by its first letter, so each word tries only a few.</summary>
    private readonly Dictionary<char, LatinPhrase[]> _openFirstWord;
    private readonly bool _germanSpelling;

    /// <param name="phrasesByTheme">Keywords by theme id (<see cref="ThemeLexicon.Neutral"/> for neutral phrases).</param>
    /// <param name="germanSpelling">Also fold "ae"/"oe"/"ue" (see <see cref="LatinFolding.GermanSpelling"/>).</param>
    public LatinPhraseMatcher(IReadOnlyDictionary<string, string[]> phrasesByTheme, bool germanSpelling)
    {
        _germanSpelling = germanSpelling;
        var phrases = new Dictionary<string, (string[] Words, bool[] Open, List<string> Themes)>(StringComparer.Ordinal);
        foreach (var (theme, keywords) in phrasesByTheme)
        {
            foreach (var keyword in keywords)
            {
                var (words, open) = Parse(keyword);
                var key = string.Join(' ', words.Select((w, i) => open[i] ? w + OpenMarker : w));
                if (!phrases.TryGetValue(key, out var phrase))
                    phrases[key] = phrase = (words, open, []);
                if (theme != ThemeLexicon.Neutral && !phrase.Themes.Contains(theme))
                    phrase.Themes.Add(theme);
            }
        }

        var all = phrases.Values.Select(p => new LatinPhrase(p.Words, p.Open, [.. p.Themes])).ToList();
        _byFirstWord = all.Where(p => !p.Open[0]).GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _openFirstWord = all.Where(p => p.Open[0]).GroupBy(p => p.Words[0][0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The keywords found in <paramref name="words"/> (folded), overlaps resolved, negated ones without themes.</summary>
    public List<PhraseMatch> Match(IReadOnlyList<string> words)
    {
        IReadOnlyList<string> forms = _germanSpelling ? words.Select(LatinFolding.GermanSpelling).ToArray() : words;
        var candidates = new List<PhraseMatch>();
        for (var i = 0; i < forms.Count; i++)
        {
            if (_byFirstWord.TryGetValue(forms[i], out var phrases))
                AddMatches(candidates, phrases, forms, i);
            if (_openFirstWord.TryGetValue(forms[i][0], out var open))
                AddMatches(candidates, open, forms, i);
        }

        var taken = new bool[forms.Count];
        var chosen = PhraseSelection.Longest(candidates, taken);
        for (var i = 0; i < chosen.Count; i++)
        {
            // A negation inside another keyword ("passt nicht, zu lang") belongs to that keyword.
            var before = chosen[i].Start - 1;
            if (before >= 0 && !taken[before] && chosen[i].Themes.Count > 0 && Negations.Contains(words[before]))
                chosen[i] = chosen[i] with { Themes = [] };
        }

        return chosen;
    }

    private static void AddMatches(List<PhraseMatch> candidates, LatinPhrase[] phrases, IReadOnlyList<string> words, int start)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.MatchesAt(words, start))
                candidates.Add(new PhraseMatch(start, phrase.Words.Length, phrase.Themes));
        }
    }

    private (string[] Words, bool[] Open) Parse(string keyword)
    {
        var normalized = CommentText.Normalize(keyword);
        var words = LatinFolding.Words(normalized);
        if (words.Count == 0)
            throw new ArgumentException($"Keyword '{keyword}' has no letters.", nameof(keyword));
        var texts = words.Select(w => _germanSpelling ? LatinFolding.GermanSpelling(w.Text) : w.Text).ToArray();
        var open = words.Select(w => w.End < normalized.Length && normalized[w.End] == OpenMarker).ToArray();
        return (texts, open);
    }
}
