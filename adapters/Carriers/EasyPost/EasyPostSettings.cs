namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// How the EasyPost adapter connects and what it buys. <see cref="ApiKey"/> is a Test or Production key (Test keys
/// buy free test labels). <see cref="CarrierNames"/> maps a routing-network carrier id ("easypost-usps") to EasyPost's
/// carrier name ("USPS"); a network carrier not listed matches rates of any EasyPost carrier.
/// </summary>
public sealed record EasyPostSettings(string ApiKey)
{
    public static readonly Uri ProductionBaseAddress = new("https://api.easypost.com/v2/");

    /// <summary>Ends with "/v2/": request paths are relative to it.</summary>
    public Uri BaseAddress { get; init; } = ProductionBaseAddress;

    public string LabelFormat { get; init; } = "PDF";

    public IReadOnlyDictionary<string, string> CarrierNames { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>What to buy when the request names no carrier of the routing network; default: the cheapest rate.</summary>
    public EasyPostRateChoice Default { get; init; } = new();
}
