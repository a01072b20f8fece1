namespace Returns.Tests.Browser;

/// <summary>One axe-core rule that failed on a page, with the elements it failed on.</summary>
/// <param name="Id">The rule id, e.g. "color-contrast".</param>
/// <param name="Impact">"minor", "moderate", "serious" or "critical" (null when axe gives none).</param>
/// <param name="Help">The rule's one-line help text.</param>
/// <param name="HelpUrl">Deque's page about the rule.</param>
/// <param name="Nodes">The failing elements.</param>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<AxeViolationNode> Nodes)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";
}
