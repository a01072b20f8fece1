using Microsoft.AspNetCore.Http;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>
/// Finds a guest's order by order number and email. A wrong email and an unknown order give the same
/// answer after the same work; repeated failures from one client are refused with 429.
/// </summary>
public sealed class GuestAccess(IOrderStore orders, GuestLookupLimiter limiter)
{
    public const string NotFoundDetail = "We could not find an order with this order number and email address.";

    public sealed record Result(Order? Order, IResult? Error);

    public async Task<Result> FindOrderAsync(HttpRequest request, string? email, string? orderNumber, CancellationToken cancellationToken)
    {
        var client = ClientKey(request);
        if (limiter.IsBlocked(client))
            return new Result(null, Problems.TooManyRequests($"Too many unsuccessful attempts. Please try again in {limiter.Window.TotalMinutes:0} minutes."));
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(orderNumber))
            return new Result(null, Problems.BadRequest("Enter both your email address and your order number."));

        var order = await orders.GetAsync(orderNumber, cancellationToken);
        if (!EmailMatch.Matches(email, order?.Email) || order is null)
        {
            limiter.RecordFailure(client);
            return new Result(null, Problems.NotFound(NotFoundDetail));
        }

        return new Result(order, null);
    }

    private static string ClientKey(HttpRequest request) =>
        request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
