namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// Groups the free-text comments customers type when returning an item into themes, in every portal language, so
/// the analytics dashboard can show that "zu klein", "太小" and "runs small" are one complaint. A fixed lexicon and
/// no dependencies: the same comment always gives the same analysis, on any machine and culture.
/// </summary>
public static class CommentThemes
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        [ThemeIds.RunsSmall] = "Runs small",
        [ThemeIds.RunsLarge] = "Runs large",
        [ThemeIds.Fit] = "Poor fit",
        [ThemeIds.Quality] = "Quality or defect",
        [ThemeIds.Damaged] = "Arrived damaged",
        [ThemeIds.NotAsPictured] = "Not as pictured",
        [ThemeIds.WrongItem] = "Wrong item",
        [ThemeIds.Late] = "Late delivery",
        [ThemeIds.ChangedMind] = "Changed mind",
        [ThemeIds.Packaging] = "Packaging",
        [ThemeIds.MissingParts] = "Missing parts",
    };

    /// <summary>
    /// Every alphabetic lexicon runs on every alphabetic comment: which language a short comment is in is a guess,
    /// and keywords rarely mean something else in another of these languages.
    /// </summary>
    private static readonly (string Language, LatinPhraseMatcher Matcher)[] AlphabetMatchers =
    [
        (LanguageIds.English, new(ThemeLexicon.English, germanSpelling: false)),
        (LanguageIds.German, new(ThemeLexicon.German, germanSpelling: true)),
        (LanguageIds.French, new(ThemeLexicon.French, germanSpelling: false)),
        (LanguageIds.Spanish, new(ThemeLexicon.Spanish, germanSpelling: false)),
    ];

    private static readonly CjkPhraseMatcher Japanese = new([ThemeLexicon.Japanese], []);
    private static readonly CjkPhraseMatcher Korean = new([ThemeLexicon.Korean], []);

    /// <summary>One matcher for both scripts: most keywords are written alike, and the script guess can be wrong.</summary>
    private static readonly CjkPhraseMatcher Chinese =
        new([ThemeLexicon.SimplifiedChinese, ThemeLexicon.TraditionalChinese], ["不", "没", "沒", "无", "無", "未", "别", "別", "没有", "沒有"]);

    /// <summary>All theme ids, in display order.</summary>
    public static IReadOnlyList<string> All => ThemeIds.All;

    /// <summary>English label for the merchant dashboard ("Runs small"), or the id itself when unknown.</summary>
    public static string Label(string themeId) => Labels.GetValueOrDefault(themeId, themeId);

    /// <summary>Analyses one comment.</summary>
    /// <param name="comment">What the customer typed; <see cref="CommentAnalysis.Empty"/> when null or blank.</param>
    /// <param name="localeHint">The return's BCP 47 locale ("de-DE", "zh-TW", "ja-JP"), may be null.</param>
    public static CommentAnalysis Analyze(string? comment, string? localeHint)
    {
        if (string.IsNullOrWhiteSpace(comment))
            return CommentAnalysis.Empty;
        var text = CommentText.Normalize(comment);
        bool hangul = false, kana = false, han = false, letters = false;
        foreach (var c in text)
        {
            switch (Scripts.Of(c))
            {
                case CharScript.Hangul: hangul = true; break;
                case CharScript.Hiragana or CharScript.Katakana: kana = true; break;
                case CharScript.Han: han = true; break;
                case CharScript.Letter: letters = true; break;
            }
        }

        if (hangul)
            return Cjk(text, LanguageIds.Korean, Korean);
        if (kana)
            return Cjk(text, LanguageIds.Japanese, Japanese);
        if (han)
        {
            var language = LanguageDetection.HanOnly(text, localeHint);
            return Cjk(text, language, language == LanguageIds.Japanese ? Japanese : Chinese);
        }

        return letters ? Alphabet(text, localeHint) : new CommentAnalysis(LanguageDetection.OfHint(localeHint), [], []);
    }

    private static CommentAnalysis Alphabet(string text, string? localeHint)
    {
        var words = LatinFolding.Words(text);
        var folded = words.Select(w => w.Text).ToArray();
        var taken = new bool[words.Count];
        var themes = new HashSet<string>(StringComparer.Ordinal);
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (language, matcher) in AlphabetMatchers)
        {
            var matches = matcher.Match(folded);
            hits[language] = matches.Count;
            Take(matches, taken, themes, i => i);
        }

        var detected = LanguageDetection.Alphabet(text, folded, hits, localeHint);
        return new CommentAnalysis(detected, InDisplayOrder(themes), TermExtraction.Alphabet(words, taken, detected));
    }

    private static CommentAnalysis Cjk(string text, string language, CjkPhraseMatcher matcher)
    {
        var (compact, origins) = CommentText.Compact(text);
        var taken = new bool[text.Length];
        var themes = new HashSet<string>(StringComparer.Ordinal);
        Take(matcher.Match(compact), taken, themes, i => origins[i]);
        return new CommentAnalysis(language, InDisplayOrder(themes), TermExtraction.Cjk(text, taken));
    }

    /// <summary>Collects the matches' themes and marks what they cover, so the terms describe the rest.</summary>
    private static void Take(List<PhraseMatch> matches, bool[] taken, HashSet<string> themes, Func<int, int> origin)
    {
        foreach (var match in matches)
        {
            themes.UnionWith(match.Themes);
            for (var i = match.Start; i < match.Start + match.Length; i++)
                taken[origin(i)] = true;
        }
    }

    private static string[] InDisplayOrder(HashSet<string> themes) => [.. ThemeIds.All.Where(themes.Contains)];
}
