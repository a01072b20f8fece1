namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>
/// The parts of an EasyPost Shipment the adapter reads. <see cref="PostageLabel"/> is set once bought;
/// <see cref="RefundStatus"/> once a refund (void) was asked for.
/// </summary>
public sealed record EasyPostShipment
{
    public string Id { get; init; } = "";
    public string? Reference { get; init; }
    public bool IsReturn { get; init; }
    public string? TrackingCode { get; init; }
    public string? RefundStatus { get; init; }
    public IReadOnlyList<EasyPostRate> Rates { get; init; } = [];
    public EasyPostRate? SelectedRate { get; init; }
    public EasyPostPostageLabel? PostageLabel { get; init; }
    public IReadOnlyList<EasyPostMessage> Messages { get; init; } = [];
}
