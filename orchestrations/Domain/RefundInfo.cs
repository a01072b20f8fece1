namespace Returns.Orchestrations.Domain;

/// <summary>Money sent back: <see cref="Kind"/> is a resolution (refund or storeCredit).</summary>
public sealed record RefundInfo(string Kind, long Amount, string Currency, string Status, string Reference, DateTimeOffset At);
