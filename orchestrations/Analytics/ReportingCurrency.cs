using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Converts amounts to the one currency the dashboard reports in, with the indicative rates of the rule set, when the
/// fact is recorded (so a figure does not move when the rates file changes). A currency without a rate converts to 0.
/// </summary>
public sealed class ReportingCurrency(string currency, ExchangeRates rates)
{
    public string Currency { get; } = currency.ToUpperInvariant();

    public long Convert(long amount, string from)
    {
        from = from.ToUpperInvariant();
        if (amount == 0)
            return 0;
        if (from == Currency)
            return amount;
        if (!rates.PerUsd.TryGetValue(from, out var fromPerUsd) || !rates.PerUsd.TryGetValue(Currency, out var toPerUsd) || fromPerUsd <= 0)
            return 0;
        var major = amount / Pow10(MoneyFormat.Decimals(from));
        return (long)Math.Round(major / fromPerUsd * toPerUsd * Pow10(MoneyFormat.Decimals(Currency)), MidpointRounding.ToEven);
    }

    private static decimal Pow10(int digits) => digits switch { 0 => 1m, 2 => 100m, 3 => 1000m, _ => (decimal)Math.Pow(10, digits) };
}
