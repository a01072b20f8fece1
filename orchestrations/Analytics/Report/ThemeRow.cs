namespace Returns.Orchestrations.Analytics.Report;

/// <summary>
/// Customer comments of one theme, in every language: how many, per language, a few examples; for comments no theme
/// matched ("other"), their most frequent words.
/// </summary>
public sealed record ThemeRow(
    string Theme, string Label, long Comments, double Share, IReadOnlyDictionary<string, long> Languages, IReadOnlyList<CommentSample> Examples,
    IReadOnlyList<TermCount> Terms);
