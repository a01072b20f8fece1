using System.Text.Json;
using System.Text.RegularExpressions;
using Returns.Api.Http;
using Returns.Orchestrations.Domain;

namespace Returns.Api.Handlers.Carriers;

/// <summary>
/// Turns an EasyPost <c>tracker.updated</c> or <c>tracker.created</c> event into one scan: the Tracker's status decides
/// the code, its latest tracking detail says when and where. Other events and the status "unknown" carry no scan.
/// </summary>
public static partial class EasyPostEventMapper
{
    public const string Source = "easypost";

    public static IReadOnlyList<string> TrackerEvents { get; } = ["tracker.updated", "tracker.created"];

    /// <summary>EasyPost's tracker statuses. available_for_pickup counts as out for delivery, as AfterShip's does.</summary>
    public static IReadOnlyDictionary<string, string> Statuses { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pre_transit"] = ScanCodes.LabelCreated,
        ["in_transit"] = ScanCodes.InTransit,
        ["out_for_delivery"] = ScanCodes.OutForDelivery,
        ["available_for_pickup"] = ScanCodes.OutForDelivery,
        ["delivered"] = ScanCodes.Delivered,
        ["return_to_sender"] = ScanCodes.ReturnedToSender,
        ["failure"] = ScanCodes.Exception,
        ["error"] = ScanCodes.Exception,
        ["cancelled"] = ScanCodes.Exception,
    };

    /// <summary>
    /// Our scan code; null when the status carries none. EasyPost's status_detail list has no customs values, so an
    /// in-transit scan is read as a customs hold or clearance only when the carrier's message says so in plain words.
    /// </summary>
    public static string? CodeFor(string? status, string? statusDetail, string? message)
    {
        if (status is null || !Statuses.TryGetValue(status, out var code))
            return null;
        if (code != ScanCodes.InTransit || message is null || !Customs().IsMatch(message))
            return code;
        if (CustomsCleared().IsMatch(message))
            return ScanCodes.CustomsCleared;
        return statusDetail is "held" or "delayed" || CustomsHeld().IsMatch(message) ? ScanCodes.CustomsHold : code;
    }

    public static CarrierWebhookMapping Map(EasyPostEvent e, byte[] body)
    {
        var eventId = CarrierPayload.EventId(e.Id, body);
        if (!TrackerEvents.Contains(e.Description, StringComparer.OrdinalIgnoreCase))
            return CarrierWebhookMapping.Ignore(eventId, "only tracker.updated and tracker.created events carry scans");
        var tracker = ReadTracker(e.Result);
        if (CarrierPayload.Missing("result.tracking_code", tracker?.TrackingCode, CarrierPayload.MaxTrackingNumber) is { } problem)
            return CarrierWebhookMapping.Reject(problem);

        var (latest, at) = CarrierPayload.Latest(tracker!.TrackingDetails, d => d.Datetime);
        if (CodeFor(tracker.Status, tracker.StatusDetail, latest?.Message) is not { } code)
            return CarrierWebhookMapping.Ignore(eventId, "the tracker status carries no scan (unknown)");
        var occurredAt = at ?? CarrierPayload.Time(tracker.UpdatedAt);
        if (occurredAt is null)
            return CarrierWebhookMapping.Reject("result.tracking_details[].datetime or result.updated_at is required (ISO 8601).");
        var where = latest?.TrackingLocation;
        return CarrierWebhookMapping.Accept(new CarrierScanIntake.Scan(
            Source, eventId, tracker.TrackingCode!.Trim(), code, occurredAt.Value,
            CarrierPayload.Place(null, where?.City, where?.State, where?.Country), latest?.Message));
    }

    /// <summary>The Tracker of a tracker event; null when <c>result</c> is absent or is not one.</summary>
    private static EasyPostTracker? ReadTracker(JsonElement? result)
    {
        if (result is not { ValueKind: JsonValueKind.Object } value)
            return null;
        try
        {
            return value.Deserialize<EasyPostTracker>(ApiJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\bcustoms\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Customs();

    [GeneratedRegex(@"\b(cleared|released)\b|\bclearance (is )?complete", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CustomsCleared();

    [GeneratedRegex(@"\b(held|hold|detained|delayed|delay)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CustomsHeld();
}
