using System.Text.Json.Serialization;

namespace Returns.Api.Handlers.Carriers;

/// <summary>AfterShip's tracking webhook envelope (only the fields we read).</summary>
public sealed record AfterShipWebhook(
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("event")] string? Event,
    [property: JsonPropertyName("msg")] AfterShipTracking? Msg);
