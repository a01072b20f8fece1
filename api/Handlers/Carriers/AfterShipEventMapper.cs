using Returns.Orchestrations.Domain;

namespace Returns.Api.Handlers.Carriers;

/// <summary>
/// Turns an AfterShip <c>tracking_update</c> into one scan: the tracking's current tag and subtag decide the code,
/// its latest checkpoint says when and where. Other events (<c>edd_revise</c>, <c>tracking_pending_time</c>) and the
/// tags Pending and Expired carry no scan.
/// </summary>
public static class AfterShipEventMapper
{
    public const string Source = "aftership";
    public const string TrackingUpdate = "tracking_update";

    /// <summary>
    /// AfterShip's delivery statuses. AvailableForPickup counts as out for delivery: the parcel waits at a pickup point,
    /// one step before delivery, as AfterShip's own OutForDelivery description allows.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Tags { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["InfoReceived"] = ScanCodes.LabelCreated,
        ["InTransit"] = ScanCodes.InTransit,
        ["OutForDelivery"] = ScanCodes.OutForDelivery,
        ["AvailableForPickup"] = ScanCodes.OutForDelivery,
        ["Delivered"] = ScanCodes.Delivered,
        ["AttemptFail"] = ScanCodes.Exception,
        ["Exception"] = ScanCodes.Exception,
    };

    /// <summary>
    /// Subtags (AfterShip's "Delivery Sub-statuses") that mean more than their tag. "Customs clearance started"
    /// (InTransit_006) stays in transit: routine clearance is no hold, and a hold would alarm the customer and the
    /// merchant for every cross-border parcel.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Subtags { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["InTransit_005"] = ScanCodes.CustomsCleared,   // Customs clearance completed
        ["Exception_004"] = ScanCodes.CustomsHold,      // Delayed (Customs clearance)
        ["Exception_018"] = ScanCodes.CustomsHold,      // Incorrect / missing documents (held for the authorities)
        ["Exception_010"] = ScanCodes.ReturnedToSender, // Returning to sender
        ["Exception_011"] = ScanCodes.ReturnedToSender, // Returned to sender
    };

    /// <summary>Our scan code for a tag and subtag; null when the tag carries no scan (Pending, Expired, unknown).</summary>
    public static string? CodeFor(string? tag, string? subtag)
    {
        if (tag is null || !Tags.TryGetValue(tag, out var code))
            return null;
        return subtag is not null && subtag.StartsWith(tag + "_", StringComparison.OrdinalIgnoreCase) && Subtags.TryGetValue(subtag, out var special)
            ? special
            : code;
    }

    public static CarrierWebhookMapping Map(AfterShipWebhook hook, byte[] body)
    {
        var eventId = CarrierPayload.EventId(hook.EventId, body);
        if (!string.Equals(hook.Event, TrackingUpdate, StringComparison.OrdinalIgnoreCase))
            return CarrierWebhookMapping.Ignore(eventId, $"only {TrackingUpdate} events carry scans");
        var tracking = hook.Msg;
        if (CarrierPayload.Missing("msg.tracking_number", tracking?.TrackingNumber, CarrierPayload.MaxTrackingNumber) is { } problem)
            return CarrierWebhookMapping.Reject(problem);
        if (CodeFor(tracking!.Tag, tracking.Subtag) is not { } code)
            return CarrierWebhookMapping.Ignore(eventId, "the tag carries no scan (Pending, Expired or unknown)");

        var (latest, at) = CarrierPayload.Latest(tracking.Checkpoints, c => c.CheckpointTime);
        var occurredAt = at ?? CarrierPayload.Time(tracking.UpdatedAt);
        if (occurredAt is null)
            return CarrierWebhookMapping.Reject("msg.checkpoints[].checkpoint_time or msg.updated_at is required (ISO 8601).");
        return CarrierWebhookMapping.Accept(new CarrierScanIntake.Scan(
            Source, eventId, tracking.TrackingNumber!.Trim(), code, occurredAt.Value,
            CarrierPayload.Place(latest?.Location, latest?.City, latest?.CountryIso3),
            latest?.Message ?? tracking.SubtagMessage));
    }
}
