using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Returns.Api.Http;

namespace Returns.Api.Pages;

/// <summary>
/// Serves the HTML pages embedded in this assembly (portal, admin, dev outbox) and the script and styles they
/// share (returns-ui.js, returns-ui.css). Each page is answered with a Content-Security-Policy that allows its own
/// inline scripts by hash and no other inline script.
/// </summary>
public static class PageHandlers
{
    private const string Html = "text/html; charset=utf-8";
    private const string JavaScript = "text/javascript; charset=utf-8";
    private const string Css = "text/css; charset=utf-8";

    private static readonly ConcurrentDictionary<string, string> Cache = new();
    private static readonly ConcurrentDictionary<string, string> Policies = new();

    /// <summary>The portal in the request's language: its text is inlined so the first paint is already translated.</summary>
    public static IResult Portal(HttpRequest request)
    {
        var (locale, source) = PortalPageText.Choose(request);
        var html = Cache.GetOrAdd("portal.html", Load)
            .Replace("<html lang=\"en\">", $"<html lang=\"{locale.Language}\">", StringComparison.Ordinal)
            .Replace("{{PORTAL_TEXT}}", PortalPageText.Json(locale, source), StringComparison.Ordinal);
        request.HttpContext.Response.Headers.Vary = "Accept-Language";
        return Page("portal.html", html);
    }

    /// <summary>GET assets/i18n/{language}: one language's portal text (the page switches to the order's language with it).</summary>
    public static IResult Strings(string language) =>
        PortalPageText.JsonFor(language) is { } json
            ? Results.Content(json, "application/json; charset=utf-8")
            : Results.Problem(detail: "There is no translation for this language.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Admin() => Page("admin.html", Cache.GetOrAdd("admin.html", Load));

    public static IResult Outbox() => Page("outbox.html", Cache.GetOrAdd("outbox.html", Load));

    /// <summary>The policy allowing exactly the inline scripts of an embedded page (the text filled in is data, not script).</summary>
    public static string PolicyOf(string name) =>
        Policies.GetOrAdd(name, n => SecurityHeaderValues.PolicyAllowingScripts(InlineScripts.Sha256Hashes(Cache.GetOrAdd(n, Load))));

    private static IResult Page(string name, string html) => new WithPolicy(Results.Content(html, Html), PolicyOf(name));

    /// <summary>The helpers every page loads from assets/returns-ui.js.</summary>
    public static IResult Script() => Embedded("returns-ui.js", JavaScript);

    /// <summary>The analytics view of the merchant dashboard, from assets/admin-analytics.js.</summary>
    public static IResult AnalyticsScript() => Embedded("admin-analytics.js", JavaScript);

    /// <summary>The base styles every page loads from assets/returns-ui.css.</summary>
    public static IResult Style() => Embedded("returns-ui.css", Css);

    private static IResult Embedded(string name, string contentType) =>
        Results.Content(Cache.GetOrAdd(name, Load), contentType);

    /// <summary>An answer with its own Content-Security-Policy, set when it is written (after the host's defaults).</summary>
    private sealed class WithPolicy(IResult inner, string policy) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[SecurityHeaderValues.ContentSecurityPolicyHeader] = policy;
            return inner.ExecuteAsync(httpContext);
        }
    }

    private static string Load(string name)
    {
        using var stream = typeof(PageHandlers).Assembly.GetManifestResourceStream($"Returns.Api.Pages.{name}")
            ?? throw new InvalidOperationException($"Page file {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
