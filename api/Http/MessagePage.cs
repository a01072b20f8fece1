using System.Net;
using Microsoft.AspNetCore.Http;

namespace Returns.Api.Http;

/// <summary>A small self-contained HTML page for answers a customer reads in the browser (email links).</summary>
public static class MessagePage
{
    public static IResult Render(int status, string title, string message, string? linkText = null, string? linkUrl = null, string lang = "en")
    {
        var link = linkUrl is null ? "" : $"<p><a class=\"button\" href=\"{WebUtility.HtmlEncode(linkUrl)}\">{WebUtility.HtmlEncode(linkText ?? linkUrl)}</a></p>";
        var html = $$"""
            <!doctype html>
            <html lang="{{WebUtility.HtmlEncode(lang)}}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1d1d1f}
            h1{font-size:1.5rem}.button{display:inline-block;background:#0b57d0;color:#fff;padding:.6rem 1rem;border-radius:.4rem;text-decoration:none}
            .button:focus{outline:3px solid #f9ab00;outline-offset:2px}</style></head>
            <body><main><h1>{{WebUtility.HtmlEncode(title)}}</h1><p>{{WebUtility.HtmlEncode(message)}}</p>{{link}}</main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
