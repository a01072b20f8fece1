using System.Text.Json.Serialization;

namespace Returns.Api.Handlers.Carriers;

/// <summary>AfterShip's tracking object, the webhook's <c>msg</c>: the tracking's current tag and its checkpoints.</summary>
public sealed record AfterShipTracking(
    [property: JsonPropertyName("tracking_number")] string? TrackingNumber,
    [property: JsonPropertyName("slug")] string? Slug,
    [property: JsonPropertyName("tag")] string? Tag,
    [property: JsonPropertyName("subtag")] string? Subtag,
    [property: JsonPropertyName("subtag_message")] string? SubtagMessage,
    [property: JsonPropertyName("updated_at")] string? UpdatedAt,
    [property: JsonPropertyName("checkpoints")] IReadOnlyList<AfterShipCheckpoint>? Checkpoints);
