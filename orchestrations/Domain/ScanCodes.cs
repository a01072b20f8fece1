namespace Returns.Orchestrations.Domain;

/// <summary>Carrier scan codes of the generic webhook; other carriers' tags map onto these.</summary>
public static class ScanCodes
{
    public const string LabelCreated = "label_created";
    public const string PickedUp = "picked_up";
    public const string InTransit = "in_transit";
    public const string CustomsHold = "customs_hold";
    public const string CustomsCleared = "customs_cleared";
    public const string OutForDelivery = "out_for_delivery";
    public const string Delivered = "delivered";
    public const string Exception = "exception";
    public const string ReturnedToSender = "returned_to_sender";

    public static readonly IReadOnlyList<string> All =
    [
        LabelCreated, PickedUp, InTransit, CustomsHold, CustomsCleared, OutForDelivery, Delivered, Exception, ReturnedToSender,
    ];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    /// <summary>True when the scan proves the parcel left the customer, so the label can no longer expire.</summary>
    public static bool ShowsMovement(string code) => code is not (LabelCreated or Exception);
}
