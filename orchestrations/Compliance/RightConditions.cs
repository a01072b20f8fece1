namespace Returns.Orchestrations.Compliance;

/// <summary>When a statutory right exists.</summary>
public static class RightConditions
{
    public const string Always = "always";

    /// <summary>Only when the merchant did not display its return policy before the sale (JP, US-CA, US-NY, CA-ON).</summary>
    public const string PolicyNotDisplayed = "policyNotDisplayed";

    public static IReadOnlyList<string> All { get; } = [Always, PolicyNotDisplayed];
}
