using Returns.Api.Http;

namespace Returns.Local.Hosting;

/// <summary>Applies the route's body limit (<see cref="RequestLimits"/>) before its handler runs.</summary>
public sealed class RequestLimitFilter(string routeName) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        RequestLimits.Apply(context.HttpContext, routeName) is { } tooLarge ? ValueTask.FromResult<object?>(tooLarge) : next(context);
}
