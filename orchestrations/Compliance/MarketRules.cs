namespace Returns.Orchestrations.Compliance;

/// <summary>
/// The consumer law of one market, as one rule file (<c>rules/markets/{Market}.json</c>). A market is a country
/// ("DE", "JP"), a group of countries sharing one law ("EU", with <see cref="Countries"/>), or a subdivision
/// ("US-CA"). A more specific market replaces its <see cref="Parent"/>'s rights of the same kind.
/// </summary>
/// <param name="Market">The code: ISO 3166-1 alpha-2, "EU", or country-subdivision ("US-CA", "CA-QC").</param>
/// <param name="Countries">For a group market: the member countries. Otherwise empty.</param>
/// <param name="Rights">Every version of every statutory right, each with its effective dates.</param>
public sealed record MarketRules(
    string Market,
    string Name,
    string? Parent,
    IReadOnlyList<string> Countries,
    IReadOnlyList<StatutoryRight> Rights,
    string? Notes = null);
