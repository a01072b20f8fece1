namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// Picks the words of a comment that no theme keyword took and that carry meaning, so comments about something the
/// lexicon does not know yet ("zipper", 拉链) can be counted and become a new theme. Alphabetic text gives words;
/// Chinese and Japanese, written without spaces, give character pairs; Korean gives word stems.
/// </summary>
internal static class TermExtraction
{
    public const int MaxTerms = 5;

    private const int MinLetters = 3;
    private const int MinSyllables = 2;

    /// <summary>Stop words under German's "ae"/"oe"/"ue" folding, so "Rueckgabe" is as empty as "Rückgabe".</summary>
    private static readonly HashSet<string> GermanSpellingStops =
        [.. StopWords.Function[LanguageIds.German].Concat(StopWords.ReturnWords).Select(LatinFolding.GermanSpelling)];

    /// <param name="words">The comment's words.</param>
    /// <param name="taken">Per word, whether a keyword covered it.</param>
    /// <param name="language">The comment's alphabetic language, whose function words are dropped.</param>
    public static IReadOnlyList<string> Alphabet(List<Word> words, bool[] taken, string language)
    {
        var terms = new List<string>(MaxTerms);
        for (var i = 0; i < words.Count && terms.Count < MaxTerms; i++)
        {
            if (!taken[i] && IsTerm(words[i].Text, language))
                Add(terms, words[i].Text);
        }

        return terms;
    }

    /// <param name="text">The normalised comment.</param>
    /// <param name="taken">Per character, whether a keyword covered it.</param>
    public static IReadOnlyList<string> Cjk(string text, bool[] taken)
    {
        var terms = new List<string>(MaxTerms);
        var i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            var script = Scripts.Of(text[i]);
            var start = i;
            if (script == CharScript.Other)
            {
                i++;
                continue;
            }

            while (i < text.Length && SameRun(script, Scripts.Of(text[i])))
                i++;
            if (Array.IndexOf(taken, true, start, i - start) >= 0 && script is CharScript.Letter or CharScript.Hangul)
                continue;
            switch (script)
            {
                case CharScript.Letter:
                    var word = LatinFolding.Fold(text.AsSpan(start, i - start));
                    if (IsTerm(word, LanguageIds.English))
                        Add(terms, word);
                    break;
                case CharScript.Hangul:
                    if (KoreanStem(text[start..i]) is { } stem)
                        Add(terms, stem);
                    break;
                default:
                    AddBigrams(terms, text, start, i, taken);
                    break;
            }
        }

        return terms;
    }

    private static bool SameRun(CharScript first, CharScript next) =>
        first == next || Scripts.IsCjk(first) && Scripts.IsCjk(next);

    private static bool IsTerm(string word, string language) =>
        word.Length >= MinLetters
        && !StopWords.Function[language].Contains(word)
        && !StopWords.ReturnWords.Contains(word)
        && !(language == LanguageIds.German && GermanSpellingStops.Contains(LatinFolding.GermanSpelling(word)));

    /// <summary>
    /// A verb keeps its stem once its ending is stripped ("올라가요" → "올라가"), a noun once its particle is
    /// ("지퍼가" → "지퍼"), whichever suffix is longer ("생각보다": 보다, not 다); stems under two syllables say too little.
    /// </summary>
    private static string? KoreanStem(string word)
    {
        var ending = StopWords.KoreanEndings.FirstOrDefault(e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal));
        var particle = StopWords.KoreanParticles.FirstOrDefault(p =>
            word.Length - p.Length >= MinSyllables && word.EndsWith(p, StringComparison.Ordinal));
        var suffix = particle is not null && particle.Length > (ending?.Length ?? 0) ? particle : ending;
        var stem = suffix is null ? word : word[..^suffix.Length];
        return stem.Length >= MinSyllables && !StopWords.Korean.Contains(stem) ? stem : null;
    }

    /// <summary>
    /// Character pairs of a run of Han and kana. A kanji may take its kana ending (薄く), but a pair that starts with
    /// hiragana, joins katakana to hiragana or holds a particle straddles two words (たサ, ンの, 袖が).
    /// </summary>
    private static void AddBigrams(List<string> terms, string text, int start, int end, bool[] taken)
    {
        for (var j = start; j + 1 < end && terms.Count < MaxTerms; j++)
        {
            char a = text[j], b = text[j + 1];
            if (taken[j] || taken[j + 1] || IsHiragana(a) || IsHiragana(b) && Scripts.Of(a) != CharScript.Han
                || IsFunction(a) || IsFunction(b))
                continue;
            var bigram = string.Concat(a, b);
            if (!StopWords.CjkBigrams.Contains(bigram))
                Add(terms, bigram);
        }
    }

    private static bool IsHiragana(char c) => Scripts.Of(c) == CharScript.Hiragana;

    private static bool IsFunction(char c) =>
        StopWords.CjkFunctionChars.Contains(c) || StopWords.HiraganaParticles.Contains(c);

    private static void Add(List<string> terms, string term)
    {
        if (terms.Count < MaxTerms && !terms.Contains(term))
            terms.Add(term);
    }
}
