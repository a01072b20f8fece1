using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Returns.Api.Http;

namespace Returns.Functions;

/// <summary>Adds the same security headers the local host sends to every HTTP answer.</summary>
public sealed class SecurityHeadersMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } http)
            SecurityHeaderValues.Apply(http.Response.Headers);
        await next(context);
    }
}
