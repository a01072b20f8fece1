namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// Resolves overlapping keywords: the longest wins, then the leftmost. "took too long" is a late delivery, not a
/// garment that is too long, and "love the colour" is no colour complaint.
/// </summary>
internal static class PhraseSelection
{
    /// <param name="candidates">Every keyword found, overlapping or not.</param>
    /// <param name="taken">Per word or character of the text, set where a chosen keyword covers it.</param>
    public static List<PhraseMatch> Longest(List<PhraseMatch> candidates, bool[] taken)
    {
        var chosen = new List<PhraseMatch>(candidates.Count);
        // Candidates arrive by start, then in lexicon order; a stable sort keeps that order among equals, so the
        // outcome never depends on the sort.
        var order = Enumerable.Range(0, candidates.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byLength = candidates[b].Length.CompareTo(candidates[a].Length);
            return byLength != 0 ? byLength : a.CompareTo(b);
        });
        foreach (var index in order)
        {
            var match = candidates[index];
            if (Overlaps(taken, match))
                continue;
            Array.Fill(taken, true, match.Start, match.Length);
            chosen.Add(match);
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static bool Overlaps(bool[] taken, PhraseMatch match)
    {
        for (var i = match.Start; i < match.Start + match.Length; i++)
        {
            if (taken[i])
                return true;
        }

        return false;
    }
}
