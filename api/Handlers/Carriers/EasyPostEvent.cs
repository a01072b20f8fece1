using System.Text.Json;
using System.Text.Json.Serialization;

namespace Returns.Api.Handlers.Carriers;

/// <summary>
/// EasyPost's Event envelope. <c>result</c> stays raw until the event is known to be a tracker event: other events
/// (batch.*, refund.*, ...) carry other objects.
/// </summary>
public sealed record EasyPostEvent(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("result")] JsonElement? Result);
