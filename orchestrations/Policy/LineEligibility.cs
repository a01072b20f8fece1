namespace Returns.Orchestrations.Policy;

/// <summary>
/// Whether one order line can be returned now, how many units, until when, and why not: a sentence for logs and
/// merchants (<see cref="IneligibleReason"/>) and a code the customer's language turns into their sentence
/// (<see cref="IneligibleCode"/>, a key under "eligibility." in the translation files; the date is the window's end).
/// </summary>
/// <remarks>
/// <see cref="WindowEndsAt"/> is the later of the policy's and the law's ends. <see cref="PolicyEndsAt"/> is the
/// merchant policy's own end (null: the policy does not accept the line); <see cref="Law"/> is the statutory right
/// with the latest end that reaches the line, also when it excludes it (then <see cref="LawBasis.ExcludedTag"/>).
/// </remarks>
public sealed record LineEligibility(bool Eligible, int ReturnableQuantity, DateTimeOffset? WindowEndsAt, string? IneligibleReason, string? IneligibleCode = null)
{
    public DateTimeOffset? PolicyEndsAt { get; init; }

    public Compliance.LawBasis? Law { get; init; }

    /// <summary>When set, the line is returnable only for these reasons (a faulty-goods right); null for any reason.</summary>
    public IReadOnlyList<string>? ReasonsAllowed { get; init; }

    /// <summary>"law" when the line is returnable (now or until now) because of <see cref="Law"/>, "policy" otherwise.</summary>
    public string Basis => Law is { Covers: true } law && (PolicyEndsAt is null || law.EndsAt > PolicyEndsAt) ? "law" : "policy";
}
