using Returns.Orchestrations.Domain;

namespace Returns.Api.Handlers.Carriers;

/// <summary>The generic carrier webhook already speaks our scan codes; this only checks its fields.</summary>
public static class GenericEventMapper
{
    public const string Source = "generic";

    public static CarrierWebhookMapping Map(GenericCarrierEvent e, byte[] body)
    {
        var problem = CarrierPayload.Missing("eventId", e.EventId, CarrierPayload.MaxEventId)
            ?? CarrierPayload.Missing("trackingNumber", e.TrackingNumber, CarrierPayload.MaxTrackingNumber)
            ?? (ScanCodes.IsKnown(e.Code) ? null : $"code must be one of: {string.Join(", ", ScanCodes.All)}.")
            ?? (e.OccurredAt is null ? "occurredAt is required (ISO 8601)." : null);
        return problem is not null
            ? CarrierWebhookMapping.Reject(problem)
            : CarrierWebhookMapping.Accept(new CarrierScanIntake.Scan(
                Source, e.EventId!.Trim(), e.TrackingNumber!.Trim(), e.Code!, e.OccurredAt!.Value, e.Location, e.Description));
    }
}
