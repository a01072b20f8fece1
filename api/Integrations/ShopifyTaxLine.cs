namespace Returns.Api.Integrations;

/// <summary>A tax charged on a line item or shipping line (all units together).</summary>
public sealed record ShopifyTaxLine(decimal? Price, ShopifyMoneySet? PriceSet);
