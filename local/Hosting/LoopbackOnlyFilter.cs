using System.Net;
using Returns.Api.Http;

namespace Returns.Local.Hosting;

/// <summary>
/// The developer's routes (the dev outbox shows every email, confirmation links included) answer only requests from
/// this machine, even when RETURNS_URLS makes the host listen on a network address; anyone else gets a plain 404.
/// </summary>
public sealed class LoopbackOnlyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IsLoopback(context.HttpContext.Connection.RemoteIpAddress)
            ? next(context)
            : ValueTask.FromResult<object?>(Problems.NotFound($"There is no route {context.HttpContext.Request.Method} {context.HttpContext.Request.Path}."));

    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
