using System.Text.Json.Serialization;

namespace Returns.Api.Integrations;

/// <summary>A Shopify shipping or billing address.</summary>
public sealed record ShopifyAddress(
    string? Name,
    string? FirstName,
    string? LastName,
    [property: JsonPropertyName("address1")] string? Address1,
    [property: JsonPropertyName("address2")] string? Address2,
    string? City,
    string? Zip,
    string? CountryCode,
    string? ProvinceCode);
