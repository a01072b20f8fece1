using System.Globalization;

namespace Returns.Orchestrations.Localization;

/// <summary>
/// The symbol a currency shows in a given culture: the culture's own symbol for its home currency, an
/// unambiguous international form otherwise (US$, NT$, JP¥), else the ISO code, as CLDR does.
/// </summary>
public static class CurrencySymbols
{
    private static readonly Dictionary<string, string> International = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = "€", ["GBP"] = "£", ["USD"] = "US$", ["TWD"] = "NT$", ["JPY"] = "JP¥", ["CNY"] = "CN¥",
        ["KRW"] = "₩", ["HKD"] = "HK$", ["AUD"] = "A$", ["CAD"] = "CA$", ["NZD"] = "NZ$", ["INR"] = "₹",
        ["BRL"] = "R$", ["MXN"] = "MX$", ["ILS"] = "₪", ["VND"] = "₫", ["PHP"] = "₱", ["THB"] = "฿",
    };

    public static string For(string currency, CultureInfo culture)
    {
        if (!culture.IsNeutralCulture && culture.Name.Length > 0)
        {
            try
            {
                var region = new RegionInfo(culture.Name);
                if (string.Equals(region.ISOCurrencySymbol, currency, StringComparison.OrdinalIgnoreCase))
                    return culture.NumberFormat.CurrencySymbol;
            }
            catch (ArgumentException)
            {
                // A culture without a region: fall through to the international form.
            }
        }

        return International.TryGetValue(currency, out var symbol) ? symbol : currency.ToUpperInvariant();
    }
}
