using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Returns.Api.Http;

/// <summary>The JSON of the HTTP contract: camelCase, ISO 8601 times, non-Latin text as it is (not \u-escaped).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
