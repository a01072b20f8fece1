using System.Text.Json;
using System.Text.Json.Serialization;

namespace Returns.Api.Integrations;

/// <summary>
/// The shop platforms' webhook JSON: snake_case, and amounts sent as strings ("199.00") by Shopify and partly as numbers
/// by WooCommerce, so numbers are read from either.
/// </summary>
public static class PlatformJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
