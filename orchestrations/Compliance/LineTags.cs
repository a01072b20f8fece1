namespace Returns.Orchestrations.Compliance;

/// <summary>Order-line tags the statutory exclusions refer to.</summary>
public static class LineTags
{
    /// <summary>Made to the customer's specifications or clearly personalised.</summary>
    public const string CustomMade = "custom_made";

    /// <summary>Goods that deteriorate or expire quickly (fresh food, flowers).</summary>
    public const string Perishable = "perishable";

    /// <summary>Sealed for health or hygiene reasons (cosmetics, underwear); excluded once unsealed.</summary>
    public const string HygieneSealed = "hygiene_sealed";

    /// <summary>Digital content or a download.</summary>
    public const string Digital = "digital";

    /// <summary>Sealed audio, video or software.</summary>
    public const string SealedMedia = "sealed_media";

    /// <summary>Newspapers, periodicals and magazines.</summary>
    public const string Newspaper = "newspaper";

    public static IReadOnlyList<string> All { get; } = [CustomMade, Perishable, HygieneSealed, Digital, SealedMedia, Newspaper];
}
