using System.Text.Json;

namespace Returns.Api.Integrations;

/// <summary>A meta data entry of a WooCommerce order or line (any JSON value).</summary>
public sealed record WooCommerceMeta(string? Key, JsonElement Value);
