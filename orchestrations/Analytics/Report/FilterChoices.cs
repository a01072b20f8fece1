namespace Returns.Orchestrations.Analytics.Report;

/// <summary>What the filters can be set to: the markets, categories and carriers with figures in the months asked for.</summary>
public sealed record FilterChoices(IReadOnlyList<string> Markets, IReadOnlyList<string> Categories, IReadOnlyList<string> Carriers);
