namespace Returns.Orchestrations.Analytics;

/// <summary>One sold line; <see cref="Value"/> in minor units of the reporting currency.</summary>
public sealed record OrderLineFact(string Sku, string Product, string ProductName, string Category, int Quantity, long Value);
