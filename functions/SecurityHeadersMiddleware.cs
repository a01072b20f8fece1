using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Returns.Api.Http;

namespace Returns.Functions;

/// <summary>
/// Adds the security headers the local host sends to every HTTP answer, plus HSTS: on Azure the app is served over
/// HTTPS only (TLS ends at the platform's front ends, so the worker cannot see the scheme itself).
/// </summary>
public sealed class SecurityHeadersMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } http)
            SecurityHeaderValues.ApplyTo(http.Response, strictTransport: true);
        await next(context);
    }
}
