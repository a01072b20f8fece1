namespace Returns.Api.Integrations;

/// <summary>
/// An amount in the shop's currency and in the currency the customer paid in (they differ when the shop sells in
/// several currencies).
/// </summary>
public sealed record ShopifyMoneySet(ShopifyMoney? ShopMoney, ShopifyMoney? PresentmentMoney);
