namespace Returns.Orchestrations.Compliance;

/// <summary><c>rules/manifest.json</c>: the version of the rule set and the date its facts were last checked.</summary>
public sealed record RuleManifest(string Version, DateOnly FactsAsOf, string? Notes = null);
