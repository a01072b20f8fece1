using System.Text.Json;

namespace Returns.Api.Http;

/// <summary>The JSON of the HTTP contract: camelCase, ISO 8601 times.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
