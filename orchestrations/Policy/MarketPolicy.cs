namespace Returns.Orchestrations.Policy;

/// <summary>What the merchant's policy does differently for one market; null keeps the policy's default.</summary>
public sealed record MarketPolicy(int? WindowDays = null, int? RestockingFeePercent = null, string? ReturnPostagePaidBy = null, long? ReturnPostageFee = null);
