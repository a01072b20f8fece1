using System.Text.Json.Serialization;

namespace Returns.Api.Handlers.Carriers;

/// <summary>One carrier scan in an EasyPost Tracker's history.</summary>
public sealed record EasyPostTrackingDetail(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("status_detail")] string? StatusDetail,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("datetime")] string? Datetime,
    [property: JsonPropertyName("tracking_location")] EasyPostTrackingLocation? TrackingLocation);
