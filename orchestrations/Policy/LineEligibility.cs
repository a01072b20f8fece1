namespace Returns.Orchestrations.Policy;

/// <summary>
/// Whether one order line can be returned now, how many units, until when, and why not: a sentence for logs and
/// merchants (<see cref="IneligibleReason"/>) and a code the customer's language turns into their sentence
/// (<see cref="IneligibleCode"/>, a key under "eligibility." in the translation files; the date is the window's end).
/// </summary>
public sealed record LineEligibility(bool Eligible, int ReturnableQuantity, DateTimeOffset? WindowEndsAt, string? IneligibleReason, string? IneligibleCode = null);
