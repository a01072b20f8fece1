namespace Returns.Adapters.Documents;

/// <summary>Where and how large the page footer sits: its text size (shrinking to a minimum), the page margin, how far above the bottom margin it sits, the gap to its rule and to the page label.</summary>
internal sealed record A4FooterStyle(double Size, double MinSize, double Margin, double Lift, double RuleGap, double Gap);
