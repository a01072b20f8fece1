using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Returns.Api.Http;

namespace Returns.Functions;

/// <summary>
/// Applies the function's body limit (<see cref="RequestLimits"/>; functions are named as the routes) before it runs,
/// as the local host does: the worker's server stops reading past it, and a Content-Length over it is answered 413.
/// </summary>
public sealed class RequestLimitsMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } http && RequestLimits.Apply(http, context.FunctionDefinition.Name) is { } tooLarge)
        {
            await tooLarge.ExecuteAsync(http);
            return;
        }

        await next(context);
    }
}
