namespace Returns.Api.Handlers.Carriers;

/// <summary>
/// What a verified carrier webhook means for a return: a scan to hand on, an event that carries no scan (answered 202
/// so the carrier does not retry it), or a body we cannot use (400).
/// </summary>
public sealed record CarrierWebhookMapping(CarrierScanIntake.Scan? Scan, string EventId, string? IgnoredBecause, string? Problem)
{
    public static CarrierWebhookMapping Accept(CarrierScanIntake.Scan scan) => new(scan, scan.EventId, null, null);

    public static CarrierWebhookMapping Ignore(string eventId, string reason) => new(null, eventId, reason, null);

    public static CarrierWebhookMapping Reject(string problem) => new(null, "", null, problem);
}
