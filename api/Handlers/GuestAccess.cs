using Microsoft.AspNetCore.Http;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>
/// Finds a guest's order by order number and email. A wrong email and an unknown order give the same
/// answer after the same work. Failures are counted per client and per order number, so neither one client
/// walking order numbers nor many clients guessing one order's email get far; both get 429.
/// </summary>
public sealed class GuestAccess(IOrderStore orders, GuestLookupLimits limits)
{
    public sealed record Result(Order? Order, IResult? Error);

    public async Task<Result> FindOrderAsync(HttpRequest request, CustomerLocale locale, string? email, string? orderNumber, CancellationToken cancellationToken)
    {
        var client = ClientKey(request);
        var orderKey = string.IsNullOrWhiteSpace(orderNumber) ? null : "order:" + OrderNumbers.Normalize(orderNumber);
        if (limits.Clients.IsBlocked(client) || (orderKey is not null && limits.Orders.IsBlocked(orderKey)))
            return new Result(null, Problems.ForCustomer(StatusCodes.Status429TooManyRequests, locale, "tooManyAttempts", ("minutes", (int)limits.Clients.Window.TotalMinutes)));
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(orderNumber))
            return new Result(null, Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, "missingLookup"));

        var order = orderNumber.Length > 100 ? null : await orders.GetAsync(orderNumber, cancellationToken);
        if (!EmailMatch.Matches(email, order?.Email) || order is null)
        {
            limits.Clients.RecordFailure(client);
            limits.Orders.RecordFailure(orderKey!);
            return new Result(null, Problems.ForCustomer(StatusCodes.Status404NotFound, locale, "orderNotFound"));
        }

        return new Result(order, null);
    }

    private static string ClientKey(HttpRequest request) =>
        "client:" + (request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
