using System.Globalization;

namespace Returns.Orchestrations.Localization;

/// <summary>
/// Picks the customer's language: an explicit choice (?lang=) first, then the browser's Accept-Language,
/// then the order's locale, then English. Chinese is told apart by script: Taiwan, Hong Kong and Macau
/// read Traditional, the rest Simplified.
/// </summary>
public sealed class CustomerLanguages(TextCatalog catalog)
{
    public static CustomerLanguages Default { get; } = new(TextCatalog.Embedded);

    public TextCatalog Catalog => catalog;

    public IReadOnlyList<string> Supported => catalog.Languages;

    /// <summary>The first candidate with a translation wins; candidates are BCP 47 tags or Accept-Language values.</summary>
    public CustomerLocale Select(string? explicitTag, string? acceptLanguage, string? orderLocale)
    {
        if (Match(explicitTag) is { } chosen)
            return chosen;
        foreach (var tag in AcceptLanguageTags(acceptLanguage))
        {
            if (Match(tag) is { } accepted)
                return accepted;
        }

        return For(orderLocale);
    }

    /// <summary>The locale for a stored tag (a return's or an order's), English when it has no translation.</summary>
    public CustomerLocale For(string? tag) => Match(tag) ?? Create(TextCatalog.FallbackLanguage, null);

    /// <summary>The translation file for a tag, or null: "zh-TW" → "zh-Hant", "de-AT" → "de".</summary>
    public string? LanguageOf(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return null;
        var language = parts[0].ToLowerInvariant();
        string? candidate = language == "zh" ? ChineseScript(parts) : language;
        if (candidate is not null && catalog.Has(candidate))
            return catalog.Languages.First(l => string.Equals(l, candidate, StringComparison.OrdinalIgnoreCase));
        return null;
    }

    private CustomerLocale? Match(string? tag)
    {
        var language = LanguageOf(tag);
        return language is null ? null : Create(language, tag);
    }

    private CustomerLocale Create(string language, string? tag)
    {
        var culture = CultureFor(tag, language);
        return new CustomerLocale(catalog, language, culture);
    }

    /// <summary>The tag's own culture when it names a region (de-AT formats as Austrians expect), else the file's default.</summary>
    private CultureInfo CultureFor(string? tag, string language)
    {
        if (!string.IsNullOrWhiteSpace(tag) && tag.Contains('-') && !tag.StartsWith("zh-Han", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var culture = CultureInfo.GetCultureInfo(tag.Trim().Replace('_', '-'));
                if (!culture.IsNeutralCulture && LanguageOf(culture.Name) == language)
                    return culture;
            }
            catch (CultureNotFoundException)
            {
                // Fall back to the translation's default culture.
            }
        }

        return CultureInfo.GetCultureInfo(catalog.Get(language, "meta.culture"));
    }

    private static string ChineseScript(string[] parts)
    {
        foreach (var part in parts.Skip(1))
        {
            switch (part.ToUpperInvariant())
            {
                case "HANT" or "TW" or "HK" or "MO":
                    return "zh-Hant";
                case "HANS" or "CN" or "SG" or "MY":
                    return "zh-Hans";
            }
        }

        return "zh-Hans";
    }

    /// <summary>Accept-Language tags, highest quality first; q=0 means "not this one".</summary>
    public static IEnumerable<string> AcceptLanguageTags(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return [];
        return header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(20)
            .Select((entry, index) =>
            {
                var pieces = entry.Split(';', StringSplitOptions.TrimEntries);
                var quality = 1.0;
                foreach (var p in pieces.Skip(1))
                {
                    if (p.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                        && double.TryParse(p.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var q))
                        quality = q;
                }

                return (Tag: pieces[0], Quality: quality, Index: index);
            })
            .Where(e => e.Quality > 0 && e.Tag != "*" && e.Tag.Length is > 0 and <= 35)
            .OrderByDescending(e => e.Quality).ThenBy(e => e.Index)
            .Select(e => e.Tag)
            .ToArray();
    }
}
