namespace Returns.Orchestrations.Analytics;

/// <summary>An imported order as analytics counts it: units sold per SKU in the month it was placed.</summary>
public sealed record OrderFact(string OrderNumber, string Period, string Market, IReadOnlyList<OrderLineFact> Lines);
