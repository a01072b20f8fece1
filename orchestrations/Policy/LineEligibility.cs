namespace Returns.Orchestrations.Policy;

/// <summary>Whether one order line can be returned now, how many units, until when, and why not.</summary>
public sealed record LineEligibility(bool Eligible, int ReturnableQuantity, DateTimeOffset? WindowEndsAt, string? IneligibleReason);
