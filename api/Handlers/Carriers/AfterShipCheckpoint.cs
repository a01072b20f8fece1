using System.Text.Json.Serialization;

namespace Returns.Api.Handlers.Carriers;

/// <summary>One carrier scan as AfterShip reports it; times are kept as text because some lack an offset.</summary>
public sealed record AfterShipCheckpoint(
    [property: JsonPropertyName("checkpoint_time")] string? CheckpointTime,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("city")] string? City,
    [property: JsonPropertyName("country_iso3")] string? CountryIso3,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("tag")] string? Tag,
    [property: JsonPropertyName("subtag")] string? Subtag);
