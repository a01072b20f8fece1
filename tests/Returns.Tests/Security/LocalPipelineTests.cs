using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Returns.Api;
using Returns.Api.Http;
using Returns.Local.Hosting;

namespace Returns.Tests.Security;

/// <summary>
/// Pieces of the local host's pipeline on a real Kestrel: the security headers survive the exception handler's 500,
/// and the developer's routes refuse a client that is not on this machine.
/// </summary>
public sealed class LocalPipelineTests
{
    [Fact]
    public async Task UnhandledException_500Problem_StillCarriesTheSecurityHeaders()
    {
        await using var app = await StartAsync(null, a => a.MapGet("/boom", (Func<string>)(() => throw new InvalidOperationException("boom"))));
        using var http = new HttpClient { BaseAddress = Address(app) };

        using var response = await http.GetAsync("/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(SecurityHeaderExpectations.Problems(response));
    }

    [Theory]
    [InlineData("/api/dev/outbox")]
    [InlineData("/dev/outbox")]
    public async Task DeveloperRoutes_ClientNotOnThisMachine_404(string path)
    {
        await using var app = await StartAsync(IPAddress.Parse("203.0.113.5"), a => a.MapReturnsRoutes());
        using var http = new HttpClient { BaseAddress = Address(app) };

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.7", false)]
    [InlineData("::ffff:10.0.0.7", false)]
    [InlineData("2001:db8::1", false)]
    public void LoopbackOnly_KnowsThisMachine(string address, bool loopback)
    {
        Assert.Equal(loopback, LoopbackOnlyFilter.IsLoopback(IPAddress.Parse(address)));
    }

    /// <summary>The local host's middleware order (security headers, exception handler, status-code pages) on loopback.</summary>
    private static async Task<WebApplication> StartAsync(IPAddress? clientAddress, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection([new("RETURNS_LINK_SIGNING_KEY", "test-signing-key-test-signing-key")]);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailDefaults.Fill);
        builder.Services.AddReturnsApp(builder.Configuration, "http://test.local");
        builder.Services.AddSingleton(new Mock<DurableTaskClient>(MockBehavior.Strict, "test").Object);
        var app = builder.Build();
        if (clientAddress is not null)
        {
            app.Use((context, next) =>
            {
                context.Connection.RemoteIpAddress = clientAddress; // as if the request came over the network
                return next(context);
            });
        }

        app.UseReturnsSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        map(app);
        await app.StartAsync();
        return app;
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
