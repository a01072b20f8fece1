using System.Globalization;

namespace Returns.Orchestrations.Domain;

/// <summary>Formats minor units with the currency's own number of decimals.</summary>
public static class MoneyFormat
{
    public static int Decimals(string currency) => currency.ToUpperInvariant() switch
    {
        "JPY" or "KRW" or "CLP" or "VND" or "ISK" or "UGX" or "XAF" or "XOF" => 0,
        "BHD" or "KWD" or "OMR" or "JOD" or "TND" => 3,
        _ => 2,
    };

    public static decimal ToMajor(Money money) => money.Amount / (decimal)Math.Pow(10, Decimals(money.Currency));

    /// <summary>Minor units of a major amount ("19.99" EUR → 1999, "1800" JPY → 1800); sub-minor fractions round half away from zero.</summary>
    public static long ToMinor(decimal major, string currency) =>
        (long)decimal.Round(major * (decimal)Math.Pow(10, Decimals(currency)), MidpointRounding.AwayFromZero);

    public static string Format(Money money) =>
        ToMajor(money).ToString("N" + Decimals(money.Currency), CultureInfo.InvariantCulture) + " " + money.Currency.ToUpperInvariant();
}
