namespace Returns.Orchestrations.Compliance;

/// <summary>
/// The tariff-code lengths a market uses beyond the six-digit HS base (US 10, EU 8 or 10, JP 9, CN 10 or 13), and
/// whether national chapters 98 and 99 exist there (US, CA).
/// </summary>
public sealed record HsCodeProfile(IReadOnlyList<int> NationalLengths, bool NationalChapters, string Verification, IReadOnlyList<string> Sources);
