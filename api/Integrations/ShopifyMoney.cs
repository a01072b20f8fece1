namespace Returns.Api.Integrations;

/// <summary>One amount of a Shopify money set ("199.00" in <see cref="CurrencyCode"/>).</summary>
public sealed record ShopifyMoney(decimal? Amount, string? CurrencyCode);
