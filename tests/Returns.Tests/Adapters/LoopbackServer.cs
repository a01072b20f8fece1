using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Returns.Tests.Adapters;

/// <summary>A Kestrel server on 127.0.0.1 at a free port with one request handler: the stand-ins for partners' APIs run on it.</summary>
public static class LoopbackServer
{
    /// <summary>Starts the server; returns it and its base URL without a trailing slash ("http://127.0.0.1:41234").</summary>
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(handle);
        await app.StartAsync();
        return (app, app.Urls.First().TrimEnd('/'));
    }
}
