namespace Returns.Orchestrations.Policy;

/// <summary>What the merchant's policy does differently for one product category; null keeps the default.</summary>
public sealed record CategoryPolicy(int? WindowDays = null, bool? FinalSale = null);
