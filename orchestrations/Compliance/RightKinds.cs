namespace Returns.Orchestrations.Compliance;

/// <summary>The kinds of statutory return rights.</summary>
public static class RightKinds
{
    /// <summary>A change-of-mind right for distance sales (EU withdrawal, Taiwan's 7 days, ...).</summary>
    public const string Withdrawal = "withdrawal";

    /// <summary>A right for faulty, not-as-described or wrong goods (UK short-term right to reject, SG lemon law).</summary>
    public const string Faulty = "faulty";

    /// <summary>A return right that exists only when the seller failed a disclosure duty (JP Art 15-3, US-CA, US-NY).</summary>
    public const string Default = "default";

    public static IReadOnlyList<string> All { get; } = [Withdrawal, Faulty, Default];
}
