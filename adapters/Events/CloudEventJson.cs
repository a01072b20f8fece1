using System.Text.Json;
using System.Text.Json.Nodes;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Events;

/// <summary>CloudEvents 1.0 structured JSON for an integration event.</summary>
public static class CloudEventJson
{
    public const string Source = "/returns";
    public const string ContentType = "application/cloudevents+json";

    public static string Serialize(IntegrationEvent e)
    {
        var envelope = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = e.Id,
            ["source"] = Source,
            ["type"] = e.Type,
            ["subject"] = e.Subject,
            ["time"] = e.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["datacontenttype"] = "application/json",
            ["data"] = JsonNode.Parse(e.Data),
        };
        if (e.Supersedes is { } supersedes)
            envelope["supersedes"] = supersedes;
        return envelope.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
