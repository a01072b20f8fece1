namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// Which of a Shipment's rates may be bought; the cheapest that matches is. Names are EasyPost's, compared
/// case-insensitively.
/// </summary>
/// <param name="Carrier">EasyPost's carrier ("USPS"); null: any carrier.</param>
/// <param name="Services">EasyPost's services ("Priority", "GroundAdvantage"); null or empty: any service.</param>
/// <param name="Transport">The transport the label must travel by ("ground", "air"), for error messages only.</param>
public sealed record EasyPostRateChoice(string? Carrier = null, IReadOnlyList<string>? Services = null, string? Transport = null)
{
    public IReadOnlyList<string> Services { get; init; } = Services ?? [];

    public override string ToString() =>
        $"{Carrier ?? "any carrier"} {(Services.Count == 0 ? "any service" : string.Join(" or ", Services))}" +
        (Transport is null ? "" : $" (by {Transport})");
}
