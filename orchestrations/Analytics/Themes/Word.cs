namespace Returns.Orchestrations.Analytics.Themes;

/// <summary>A word of alphabetic text, lower case with accents folded, and where it stands in the comment.</summary>
internal readonly record struct Word(string Text, int Start, int End);
