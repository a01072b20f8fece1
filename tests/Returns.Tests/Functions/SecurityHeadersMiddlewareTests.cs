using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Moq;
using Returns.Functions;

namespace Returns.Tests.Functions;

public sealed class SecurityHeadersMiddlewareTests
{
    [Fact]
    public async Task SecurityHeadersMiddleware_HttpInvocation_AddsTheHeadersBeforeTheFunctionRuns()
    {
        var http = new DefaultHttpContext();
        var context = new Mock<FunctionContext>();
        // The ASP.NET Core integration keeps the request's HttpContext under this key.
        context.SetupGet(c => c.Items).Returns(new Dictionary<object, object> { ["HttpRequestContext"] = http });
        string? seenByFunction = null;

        await new SecurityHeadersMiddleware().Invoke(context.Object, _ =>
        {
            seenByFunction = http.Response.Headers["X-Content-Type-Options"];
            return Task.CompletedTask;
        });

        Assert.Equal("nosniff", seenByFunction);
        Assert.Equal("no-referrer", http.Response.Headers["Referrer-Policy"]);
        Assert.Contains("frame-ancestors 'none'", http.Response.Headers["Content-Security-Policy"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecurityHeadersMiddleware_NonHttpInvocation_JustRunsTheFunction()
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
}
