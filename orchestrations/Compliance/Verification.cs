namespace Returns.Orchestrations.Compliance;

/// <summary>How sure a rule is: read in a primary text, from one secondary source, or not yet checked.</summary>
public static class Verification
{
    public const string Verified = "verified";
    public const string Secondary = "secondary";
    public const string Unverified = "unverified";

    public static IReadOnlyList<string> All { get; } = [Verified, Secondary, Unverified];
}
