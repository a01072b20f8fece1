namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// A keyword of alphabetic text as folded words; an open word (written "petit*" in the lexicon) matches any word
/// starting with it, so one entry covers "petit", "petite", "petits".
/// </summary>
internal sealed record LatinPhrase(string[] Words, bool[] Open, string[] Themes)
{
    public bool MatchesAt(IReadOnlyList<string> words, int start)
    {
        if (start + Words.Length > words.Count)
            return false;
        for (var i = 0; i < Words.Length; i++)
        {
            var word = words[start + i];
            if (Open[i] ? !word.StartsWith(Words[i], StringComparison.Ordinal) : word != Words[i])
                return false;
        }

        return true;
    }
}
