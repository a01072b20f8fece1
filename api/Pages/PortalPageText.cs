using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Returns.Orchestrations.Localization;

namespace Returns.Api.Pages;

/// <summary>
/// The text the portal page needs in one language, as JSON: the page's strings and the code lists it labels
/// (stages, reasons, ...), the language choices for the switcher, and how the language was chosen.
/// </summary>
public static class PortalPageText
{
    // Non-Latin text stays as it is (a third of the size of \u escapes); HTML-sensitive characters are still escaped.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly string[] Sections = ["meta", "portal", "stages", "stageTexts", "reasons", "resolutions", "refundStatuses", "documentKinds"];

    /// <summary>"query" (?lang=), "header" (Accept-Language) or "default"; the page may switch to the order's language only for "default".</summary>
    public static (CustomerLocale Locale, string Source) Choose(HttpRequest request)
    {
        var languages = CustomerLanguages.Default;
        var query = request.Query["lang"].ToString();
        if (languages.LanguageOf(query) is not null)
            return (languages.Select(query, null, null), "query");
        var header = request.Headers.AcceptLanguage.ToString();
        if (CustomerLanguages.AcceptLanguageTags(header).Any(t => languages.LanguageOf(t) is not null))
            return (languages.Select(null, header, null), "header");
        return (languages.For(null), "default");
    }

    public static string Json(CustomerLocale locale, string source)
    {
        var catalog = CustomerLanguages.Default.Catalog;
        using var sections = JsonDocument.Parse(catalog.SectionsJson(locale.Language, Sections));
        return JsonSerializer.Serialize(new
        {
            language = locale.Language,
            culture = locale.Culture.Name,
            source,
            languages = catalog.Languages.Select(l => new { code = l, name = catalog.Get(l, "meta.name") }),
            text = sections.RootElement,
        }, Options).Replace("<", "\\u003c", StringComparison.Ordinal);
    }

    /// <summary>One language's strings alone (GET assets/i18n/{language}), for switching to the order's language.</summary>
    public static string? JsonFor(string language)
    {
        var name = language.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? language[..^5] : language;
        var code = CustomerLanguages.Default.LanguageOf(name);
        return code is null ? null : Json(CustomerLanguages.Default.For(name), "order");
    }
}
