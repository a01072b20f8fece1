namespace Returns.Api.Integrations;

/// <summary>The customer of a Shopify order (names and email when the order itself lacks them).</summary>
public sealed record ShopifyCustomer(string? Email, string? FirstName, string? LastName);
