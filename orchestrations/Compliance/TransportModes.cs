namespace Returns.Orchestrations.Compliance;

/// <summary>How a parcel travels: by post, by a ground (road or rail) courier, or by an air courier.</summary>
public static class TransportModes
{
    public const string Post = "post";
    public const string Ground = "ground";
    public const string Air = "air";

    /// <summary>Cheapest first: the first mode the rules allow is the one a label uses.</summary>
    public static IReadOnlyList<string> ByPreference { get; } = [Post, Ground, Air];
}
