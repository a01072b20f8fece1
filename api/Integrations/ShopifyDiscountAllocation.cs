namespace Returns.Api.Integrations;

/// <summary>The part of a discount that falls on one line item (all units together).</summary>
public sealed record ShopifyDiscountAllocation(decimal? Amount, ShopifyMoneySet? AmountSet);
