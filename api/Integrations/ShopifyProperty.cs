using System.Text.Json;

namespace Returns.Api.Integrations;

/// <summary>A custom line item property (name and value), where some shops put the tariff code and origin.</summary>
public sealed record ShopifyProperty(string? Name, JsonElement Value);
