using System.Text.Json.Serialization;

namespace Returns.Api.Handlers.Carriers;

/// <summary>EasyPost's Tracker (only the fields we read): its current status and its scan history.</summary>
public sealed record EasyPostTracker(
    [property: JsonPropertyName("tracking_code")] string? TrackingCode,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("status_detail")] string? StatusDetail,
    [property: JsonPropertyName("updated_at")] string? UpdatedAt,
    [property: JsonPropertyName("tracking_details")] IReadOnlyList<EasyPostTrackingDetail>? TrackingDetails);
