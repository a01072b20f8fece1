using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Returns.Api.Http;
using Returns.Api.Pages;
using Returns.Functions;

namespace Returns.Tests.Security;

/// <summary>The Azure host's middleware: the same headers as the local host, plus HSTS, on every answer, errors included.</summary>
public sealed class SecurityHeadersMiddlewareTests
{
    [Fact]
    public async Task HttpInvocation_HeadersAndHstsBeforeTheFunctionRuns()
    {
        var (http, _) = Http();
        IReadOnlyList<string>? seenByFunction = null;

        await new SecurityHeadersMiddleware().Invoke(Invocation(http), _ =>
        {
            seenByFunction = SecurityHeaderExpectations.Problems(http.Response.Headers, expectStrictTransport: true);
            return Task.CompletedTask;
        });

        Assert.Empty(seenByFunction!);
    }

    [Fact]
    public async Task HttpInvocation_AnswerClearedForAnError_GetsTheHeadersBackWhenItStarts()
    {
        var (http, response) = Http();

        await new SecurityHeadersMiddleware().Invoke(Invocation(http), _ =>
        {
            // What an exception handler does before it writes its 500.
            http.Response.Clear();
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        await response.StartAsync();

        Assert.Empty(SecurityHeaderExpectations.Problems(http.Response.Headers, expectStrictTransport: true));
    }

    [Fact]
    public async Task HttpInvocation_PageWithItsOwnPolicy_KeepsThePagePolicy()
    {
        var (http, response) = Http();
        http.RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider();

        await new SecurityHeadersMiddleware().Invoke(Invocation(http), _ => PageHandlers.Admin().ExecuteAsync(http));
        await response.StartAsync();

        Assert.Equal(PageHandlers.PolicyOf("admin.html"), http.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.Contains("'sha256-", http.Response.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Empty(SecurityHeaderExpectations.Problems(http.Response.Headers, expectStrictTransport: true));
    }

    [Fact]
    public async Task NonHttpInvocation_JustRunsTheFunction()
    {
        var context = new Mock<FunctionContext>();
        context.SetupGet(c => c.Items).Returns(new Dictionary<object, object>());
        var ran = false;

        await new SecurityHeadersMiddleware().Invoke(context.Object, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        Assert.True(ran);
    }

    [Fact]
    public void DefaultPolicy_AllowsNoInlineScript()
    {
        Assert.DoesNotContain("unsafe-inline", SecurityHeaderValues.ContentSecurityPolicy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static FunctionContext Invocation(HttpContext http)
    {
        var context = new Mock<FunctionContext>();
        // The ASP.NET Core integration keeps the request's HttpContext under this key.
        context.SetupGet(c => c.Items).Returns(new Dictionary<object, object> { ["HttpRequestContext"] = http });
        return context.Object;
    }

    private static (DefaultHttpContext Http, StartingResponse Response) Http()
    {
        var http = new DefaultHttpContext();
        var response = new StartingResponse();
        http.Features.Set<IHttpResponseFeature>(response);
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(new MemoryStream()));
        return (http, response);
    }

    /// <summary>A response feature that runs its OnStarting callbacks when told, as a server does before the first byte.</summary>
    private sealed class StartingResponse : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _starting = [];

        public override void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

        public async Task StartAsync()
        {
            for (var i = _starting.Count - 1; i >= 0; i--)
                await _starting[i].Callback(_starting[i].State);
        }
    }
}
