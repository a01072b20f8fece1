namespace Returns.Orchestrations.Compliance;

/// <summary>Where a rule comes from: an id the rule files cite (e.g. "S1"), what it is, and where to read it.</summary>
public sealed record RuleSource(string Id, string Title, IReadOnlyList<string> Urls);
