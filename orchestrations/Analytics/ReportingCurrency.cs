using Returns.Orchestrations.Compliance;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Converts amounts to the one currency the dashboard reports in, with the rule set's indicative rates
/// (<see cref="ComplianceRuleBook.Convert"/>), when the facts are built. A currency without a rate converts to 0.
/// </summary>
public sealed class ReportingCurrency(string currency, ComplianceRuleBook book)
{
    public string Currency { get; } = currency.ToUpperInvariant();

    public long Convert(long amount, string from) => amount == 0 ? 0 : book.Convert(amount, from, Currency) ?? 0;
}
