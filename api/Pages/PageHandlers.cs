using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Returns.Api.Pages;

/// <summary>
/// Serves the HTML pages embedded in this assembly (portal, admin, dev outbox) and the script and styles they
/// share (returns-ui.js, returns-ui.css).
/// </summary>
public static class PageHandlers
{
    private const string Html = "text/html; charset=utf-8";
    private const string JavaScript = "text/javascript; charset=utf-8";
    private const string Css = "text/css; charset=utf-8";

    private static readonly ConcurrentDictionary<string, string> Cache = new();

    /// <summary>The portal in the request's language: its text is inlined so the first paint is already translated.</summary>
    public static IResult Portal(HttpRequest request)
    {
        var (locale, source) = PortalPageText.Choose(request);
        var html = Cache.GetOrAdd("portal.html", Load)
            .Replace("<html lang=\"en\">", $"<html lang=\"{locale.Language}\">", StringComparison.Ordinal)
            .Replace("{{PORTAL_TEXT}}", PortalPageText.Json(locale, source), StringComparison.Ordinal);
        request.HttpContext.Response.Headers.Vary = "Accept-Language";
        return Results.Content(html, Html);
    }

    /// <summary>GET assets/i18n/{language}: one language's portal text (the page switches to the order's language with it).</summary>
    public static IResult Strings(string language) =>
        PortalPageText.JsonFor(language) is { } json
            ? Results.Content(json, "application/json; charset=utf-8")
            : Results.Problem(detail: "There is no translation for this language.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Admin() => Embedded("admin.html", Html);

    public static IResult Outbox() => Embedded("outbox.html", Html);

    /// <summary>The helpers every page loads from assets/returns-ui.js.</summary>
    public static IResult Script() => Embedded("returns-ui.js", JavaScript);

    /// <summary>The analytics view of the merchant dashboard, from assets/admin-analytics.js.</summary>
    public static IResult AnalyticsScript() => Embedded("admin-analytics.js", JavaScript);

    /// <summary>The base styles every page loads from assets/returns-ui.css.</summary>
    public static IResult Style() => Embedded("returns-ui.css", Css);

    private static IResult Embedded(string name, string contentType) =>
        Results.Content(Cache.GetOrAdd(name, Load), contentType);

    private static string Load(string name)
    {
        using var stream = typeof(PageHandlers).Assembly.GetManifestResourceStream($"Returns.Api.Pages.{name}")
            ?? throw new InvalidOperationException($"Page file {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
