using System.Net;
using Microsoft.AspNetCore.Http;
using Returns.Orchestrations.Localization;

namespace Returns.Api.Http;

/// <summary>
/// A small self-contained HTML page for answers a customer reads in the browser (email links), in their language,
/// with a language switch that reopens the same address in another language.
/// </summary>
public static class MessagePage
{
    public static IResult Render(int status, string title, string message, string? linkText = null, string? linkUrl = null, string lang = "en")
    {
        var link = linkUrl is null ? "" : $"<p><a class=\"button\" href=\"{WebUtility.HtmlEncode(linkUrl)}\">{WebUtility.HtmlEncode(linkText ?? linkUrl)}</a></p>";
        return Page(status, title, message, link, "", lang);
    }

    /// <summary>A page in the customer's language; <paramref name="request"/> gives the address the switch reopens.</summary>
    public static IResult Render(HttpRequest request, CustomerLocale locale, int status, string title, string message, string? linkText = null, string? linkUrl = null)
    {
        var link = linkUrl is null ? "" : $"<p><a class=\"button\" href=\"{WebUtility.HtmlEncode(linkUrl)}\">{WebUtility.HtmlEncode(linkText ?? linkUrl)}</a></p>";
        return Page(status, title, message, link, LanguageSwitch(request, locale), locale.Language);
    }

    private static string LanguageSwitch(HttpRequest request, CustomerLocale locale)
    {
        var catalog = CustomerLanguages.Default.Catalog;
        var label = WebUtility.HtmlEncode(locale.Text("portal.languageLabel"));
        var items = catalog.Languages.Select(code =>
        {
            var query = request.Query.Where(q => q.Key != "lang").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append("lang=" + Uri.EscapeDataString(code));
            var href = WebUtility.HtmlEncode(request.Path + "?" + string.Join("&", query));
            var name = WebUtility.HtmlEncode(catalog.Get(code, "meta.name"));
            return code == locale.Language
                ? $"<li><a href=\"{href}\" lang=\"{code}\" aria-current=\"true\">{name}</a></li>"
                : $"<li><a href=\"{href}\" lang=\"{code}\" hreflang=\"{code}\">{name}</a></li>";
        });
        return $"<nav aria-label=\"{label}\"><ul class=\"langs\">{string.Concat(items)}</ul></nav>";
    }

    private static IResult Page(int status, string title, string message, string link, string nav, string lang)
    {
        var html = $$"""
            <!doctype html>
            <html lang="{{WebUtility.HtmlEncode(lang)}}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
            <title>{{WebUtility.HtmlEncode(title)}}</title>
            <style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK TC","PingFang TC","Microsoft JhengHei",sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1d1d1f;background:#fff}
            h1{font-size:1.5rem}.button{display:inline-block;background:#0b57d0;color:#fff;padding:.7rem 1.1rem;border-radius:.4rem;text-decoration:none;font-weight:600}
            a:focus-visible,.button:focus-visible{outline:3px solid #b45309;outline-offset:2px}
            .langs{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem .9rem;padding:0;margin:0 0 1.5rem;font-size:.95rem}.langs a{color:#0b57d0}.langs a[aria-current]{font-weight:700;color:#1d1d1f;text-decoration:none}</style></head>
            <body>{{nav}}<main><h1>{{WebUtility.HtmlEncode(title)}}</h1><p>{{WebUtility.HtmlEncode(message)}}</p>{{link}}</main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
