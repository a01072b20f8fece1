using System.Globalization;
using Returns.Orchestrations.Domain;

namespace Returns.Adapters.Documents;

/// <summary>How values are spelled on the customs papers and the claim pack: invariant, unambiguous, English.</summary>
internal static class CustomsPaperFormat
{
    /// <summary>Printed for an optional reference that is unknown, so a blank is not mistaken for an omission.</summary>
    public const string NotProvided = "not provided";

    public static string OrNotProvided(string? value) => string.IsNullOrWhiteSpace(value) ? NotProvided : value.Trim();

    /// <summary>ISO date (yyyy-MM-dd) in the offset the moment was recorded with.</summary>
    public static string Date(DateTimeOffset? at) =>
        at?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? NotProvided;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Kilograms with three decimals (customs declare gross weight to the gram).</summary>
    public static string Kg(long grams) => (grams / 1000m).ToString("0.000", CultureInfo.InvariantCulture);

    public static string Amount(long minorUnits, string currency) => MoneyFormat.Format(new Money(minorUnits, currency));

    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A snake_case code in English words: "size_too_small" is "Size too small".</summary>
    public static string Words(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "";
        }

        var words = code.Trim().Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
