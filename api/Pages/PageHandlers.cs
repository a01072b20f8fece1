using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Returns.Api.Pages;

/// <summary>Serves the HTML pages embedded in this assembly (portal, admin, dev outbox).</summary>
public static class PageHandlers
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static IResult Portal() => Page("portal.html");

    public static IResult Admin() => Page("admin.html");

    public static IResult Outbox() => Page("outbox.html");

    private static IResult Page(string name) =>
        Results.Content(Cache.GetOrAdd(name, Load), "text/html; charset=utf-8");

    private static string Load(string name)
    {
        using var stream = typeof(PageHandlers).Assembly.GetManifestResourceStream($"Returns.Api.Pages.{name}")
            ?? throw new InvalidOperationException($"Page {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
