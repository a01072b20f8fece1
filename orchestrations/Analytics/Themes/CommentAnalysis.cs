namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// What one return comment is about: its language, the themes it matched (in <see cref="ThemeIds.All"/> order) and
/// up to five further keywords, so comments no theme covers can still be counted and new themes spotted.
/// </summary>
public sealed record CommentAnalysis(string Language, IReadOnlyList<string> Themes, IReadOnlyList<string> Terms)
{
    /// <summary>A missing or blank comment: nothing to count, not even a language.</summary>
    public static CommentAnalysis Empty { get; } = new(string.Empty, [], []);

    public bool IsEmpty => Language.Length == 0 && Themes.Count == 0 && Terms.Count == 0;

    /// <summary>Equal by content, so two analyses of the same comment compare equal.</summary>
    public bool Equals(CommentAnalysis? other) =>
        other is not null && Language == other.Language && Themes.SequenceEqual(other.Themes) && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Language);
        foreach (var theme in Themes)
            hash.Add(theme);
        foreach (var term in Terms)
            hash.Add(term);
        return hash.ToHashCode();
    }
}
