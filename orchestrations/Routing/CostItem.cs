namespace Returns.Orchestrations.Routing;

/// <summary>One line of a route's cost: a cost (positive) or an expected recovery (negative), in minor units.</summary>
/// <param name="Item">What it is: "label", "domestic_leg", "consolidated_freight", "handling", "duty_not_recovered",
/// "payment_fee", "refund", "recovered_value".</param>
public sealed record CostItem(string Item, long Amount, string? Note = null);
