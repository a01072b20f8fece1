using System.Text.Json;
using System.Text.Json.Serialization;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>EasyPost's JSON: snake_case names, absent rather than null optional fields, amounts sometimes as strings.</summary>
public static class EasyPostJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
