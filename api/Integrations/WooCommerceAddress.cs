using System.Text.Json.Serialization;

namespace Returns.Api.Integrations;

/// <summary>A WooCommerce billing or shipping address (billing also carries the email).</summary>
public sealed record WooCommerceAddress(
    string? FirstName,
    string? LastName,
    [property: JsonPropertyName("address_1")] string? Address1,
    [property: JsonPropertyName("address_2")] string? Address2,
    string? City,
    string? State,
    string? Postcode,
    string? Country,
    string? Email);
