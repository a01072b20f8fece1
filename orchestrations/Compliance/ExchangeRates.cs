namespace Returns.Orchestrations.Compliance;

/// <summary>
/// <c>rules/exchange-rates.json</c>: indicative rates, units of each currency per one US dollar, used only to
/// compare an order's value with a threshold set in another currency and to add up claims for a total.
/// </summary>
public sealed record ExchangeRates(DateOnly AsOf, string Source, IReadOnlyDictionary<string, decimal> PerUsd);
