namespace Returns.Orchestrations.Analytics.Report;

public sealed record TermCount(string Language, string Term, long Count);
