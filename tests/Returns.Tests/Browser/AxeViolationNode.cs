namespace Returns.Tests.Browser;

/// <summary>An element an axe-core rule failed on.</summary>
/// <param name="Target">The CSS selector of the element (frames and shadow roots joined by " >> ").</param>
/// <param name="Html">The element's opening markup, as axe reports it.</param>
/// <param name="FailureSummary">What to fix, as axe words it.</param>
public sealed record AxeViolationNode(string Target, string Html, string? FailureSummary);
