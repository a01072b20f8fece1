using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Returns.Api.Http;
using Returns.Functions;

namespace Returns.Tests.Functions;

public sealed class RequestLimitsMiddlewareTests
{
    private sealed class BodySize : IHttpMaxRequestBodySizeFeature
    {
        public bool IsReadOnly => false;

        public long? MaxRequestBodySize { get; set; } = 30_000_000; // the worker's server default
    }

    private static (FunctionContext Context, DefaultHttpContext Http, BodySize Size) Invocation(string function, long? contentLength)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.ContentLength = contentLength;
        http.Response.Body = new MemoryStream();
        var size = new BodySize();
        http.Features.Set<IHttpMaxRequestBodySizeFeature>(size);
        var definition = new Mock<FunctionDefinition>();
        definition.SetupGet(d => d.Name).Returns(function);
        var context = new Mock<FunctionContext>();
        // The ASP.NET Core integration keeps the request's HttpContext under this key.
        context.SetupGet(c => c.Items).Returns(new Dictionary<object, object> { ["HttpRequestContext"] = http });
        context.SetupGet(c => c.FunctionDefinition).Returns(definition.Object);
        return (context.Object, http, size);
    }

    [Fact]
    public async Task RequestLimitsMiddleware_ContentLengthOverTheLimit_Answers413WithoutRunningTheFunction()
    {
        var (context, http, _) = Invocation("CreateReturn", RequestBody.MaxBytes + 1);
        var ran = false;

        await new RequestLimitsMiddleware().Invoke(context, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        Assert.False(ran);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, http.Response.StatusCode);
        Assert.StartsWith("application/problem+json", http.Response.ContentType);
    }

    [Theory]
    [InlineData("CreateReturn", RequestBody.MaxBytes)]
    [InlineData("UploadPhoto", RequestLimits.PhotoFormMaxBytes)]
    public async Task RequestLimitsMiddleware_WithinTheLimit_SetsTheRouteLimitAndRunsTheFunction(string function, long limit)
    {
        var (context, _, size) = Invocation(function, limit);
        var ran = false;

        await new RequestLimitsMiddleware().Invoke(context, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        Assert.True(ran);
        Assert.Equal(limit + RequestLimits.ServerSlackBytes, size.MaxRequestBodySize);
    }
}
