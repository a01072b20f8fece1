using System.Text.Json.Serialization;

namespace Returns.Api.Handlers.Carriers;

/// <summary>Where an EasyPost scan happened (the postcode is left out: the place name is enough for the timeline).</summary>
public sealed record EasyPostTrackingLocation(
    [property: JsonPropertyName("city")] string? City,
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("country")] string? Country);
