using System.Text.Json;
using System.Text.RegularExpressions;

namespace Returns.Api.Integrations;

/// <summary>
/// Reads a line's tariff code and country of origin from the free-form name/value pairs platforms attach to lines
/// (Shopify line properties, WooCommerce meta data), whatever spelling the shop or its customs app uses.
/// </summary>
public static partial class PlatformLineFields
{
    private static readonly string[] HsNames = ["hscode", "harmonizedsystemcode", "harmonizedcode", "tariffcode", "customscode"];
    private static readonly string[] OriginNames = ["countryoforigin", "origincountry", "countrycodeoforigin", "origin"];

    public static string? HsCode(string? direct, IEnumerable<(string? Name, JsonElement Value)> pairs) =>
        NonEmpty(direct) ?? Find(pairs, HsNames);

    /// <summary>A two-letter country code, or null: a country name in a property is not guessed at.</summary>
    public static string? OriginCountry(string? direct, IEnumerable<(string? Name, JsonElement Value)> pairs) =>
        (NonEmpty(direct) ?? Find(pairs, OriginNames)) is { } code && CountryCode().IsMatch(code) ? code.ToUpperInvariant() : null;

    /// <summary>
    /// A state or province code as the order validator takes it: Shopify sends Japanese prefectures as "JP-13", the
    /// part after the country is the code.
    /// </summary>
    public static string? Region(string? code)
    {
        var value = NonEmpty(code);
        if (value is not null && value.LastIndexOf('-') is var dash and >= 0)
            value = value[(dash + 1)..];
        return value is not null && RegionCode().IsMatch(value) ? value : null;
    }

    public static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Find(IEnumerable<(string? Name, JsonElement Value)> pairs, string[] names)
    {
        foreach (var (name, value) in pairs)
        {
            if (name is null || !names.Contains(Key(name)))
                continue;
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
            if (NonEmpty(text) is { } found)
                return found;
        }

        return null;
    }

    private static string Key(string name) =>
        new(name.TrimStart('_').Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Za-z0-9]{1,3}$")]
    private static partial Regex RegionCode();
}
