namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>A carrier's note on a Shipment, mostly why it gave no rate ("rate_error").</summary>
public sealed record EasyPostMessage
{
    public string? Carrier { get; init; }
    public string? Type { get; init; }
    public string? Message { get; init; }
}
