namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>
/// A keyword found in a comment: where (in words for alphabetic text, characters for CJK) and the themes it stands
/// for; none for a neutral phrase such as "not too small".
/// </summary>
internal readonly record struct PhraseMatch(int Start, int Length, IReadOnlyList<string> Themes);
