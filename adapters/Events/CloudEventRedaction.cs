using System.Text.Json;
using System.Text.Json.Nodes;

namespace Returns.Adapters.Events;

/// <summary>
/// Takes the free text out of a stored return event (CloudEvents JSON): the stage note, which may quote a merchant's
/// decision or a carrier's description naming the customer. The rest of the event names no one.
/// </summary>
public static class CloudEventRedaction
{
    /// <summary>The event without its note when it is about <paramref name="returnId"/> and has one; otherwise null.</summary>
    public static string? Redact(string body, string returnId)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        if (node is not JsonObject envelope
            || envelope["subject"] is not JsonValue subject || !subject.TryGetValue(out string? about) || about != "returns/" + returnId
            || envelope["data"] is not JsonObject data || data["note"] is null)
            return null;
        data["note"] = null;
        return envelope.ToJsonString();
    }
}
