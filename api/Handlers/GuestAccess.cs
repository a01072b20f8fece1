using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>
/// Finds a guest's order by order number and email, or a guest's return by return id and email. A wrong email and an
/// unknown order or return give the same answer after the same work. Failures are counted per client and per target
/// (order number or return id), so neither one client walking numbers nor many clients guessing one customer's email
/// get far; both get 429.
/// </summary>
public sealed class GuestAccess(IOrderStore orders, IReturnStore returns, GuestLookupLimits limits, TimeProvider clock)
{
    /// <summary>
    /// How long a failed guess takes at least. Reading a stored order or return costs more than finding none, which
    /// would tell a wrong email from an unknown number by time alone; the 404 is sent only once this much time has
    /// passed, so both take the same time unless storage itself is slower than this.
    /// </summary>
    public static readonly TimeSpan FailureTime = TimeSpan.FromMilliseconds(50);

    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(2);

    public sealed record Result(Order? Order, IResult? Error);

    public async Task<Result> FindOrderAsync(HttpRequest request, CustomerLocale locale, string? email, string? orderNumber, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var client = ClientKey(request);
        var orderKey = string.IsNullOrWhiteSpace(orderNumber) ? null : "order:" + OrderNumbers.Normalize(orderNumber);
        if (await IsBlockedAsync(client, orderKey, cancellationToken))
            return new Result(null, TooManyAttempts(locale));
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(orderNumber))
            return new Result(null, Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, "missingLookup"));

        var order = orderNumber.Length > 100 ? null : await orders.GetAsync(orderNumber, cancellationToken);
        if (!EmailMatch.Matches(email, order?.Email) || order is null)
        {
            await RecordFailureAsync(client, orderKey!, cancellationToken);
            await TakeFailureTimeAsync(started, cancellationToken);
            return new Result(null, Problems.ForCustomer(StatusCodes.Status404NotFound, locale, "orderNotFound"));
        }

        return new Result(order, null);
    }

    /// <summary>
    /// The return with this id when <paramref name="email"/> is its customer's; else the same 404 for a wrong email, an
    /// unknown id or no email at all, counted as a failed guess (a return id is printed on the parcel, the email is not).
    /// </summary>
    public async Task<(ReturnRecord? Record, IResult? Error)> FindReturnAsync(HttpRequest request, string returnId, string? email, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var client = ClientKey(request);
        var returnKey = "return:" + returnId.Trim().ToUpperInvariant();
        if (await IsBlockedAsync(client, returnKey, cancellationToken))
            return (null, TooManyAttempts(RequestLocale.Of(request)));

        var record = returnId.Length > 100 ? null : await returns.GetAsync(returnId, cancellationToken);
        if (EmailMatch.Matches(email, record?.Email) && record is not null)
            return (record, null);
        await RecordFailureAsync(client, returnKey, cancellationToken);
        await TakeFailureTimeAsync(started, cancellationToken);
        return (null, Problems.ForCustomer(StatusCodes.Status404NotFound, RequestLocale.Of(request), "returnNotFound"));
    }

    /// <summary>
    /// Who is guessing: the IPv4 address, or the /64 network of an IPv6 address (one subscriber usually holds a whole
    /// /64, so counting single IPv6 addresses would give an attacker billions of fresh clients).
    /// </summary>
    public static string ClientNetwork(IPAddress? address)
    {
        if (address is null)
            return "unknown";
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static string ClientKey(HttpRequest request) => "client:" + ClientNetwork(request.HttpContext.Connection.RemoteIpAddress);

    private async Task TakeFailureTimeAsync(long started, CancellationToken cancellationToken)
    {
        // Timers run on the coarse system tick (up to 4 ms on Linux) and may fire that much early: wait again for
        // what is left, a few times at most so a clock that does not move cannot hold a request.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var left = FailureTime - clock.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
                return;
            await Task.Delay(left + TimerSlack, clock, cancellationToken);
        }
    }

    private async Task<bool> IsBlockedAsync(string client, string? target, CancellationToken cancellationToken)
    {
        if (limits.Clients.IsBlocked(client) || (target is not null && limits.Orders.IsBlocked(target)))
            return true;
        if (limits.Shared is not { } shared)
            return false;
        return await shared.CountAsync(client, cancellationToken) >= limits.Clients.MaxFailures
            || (target is not null && await shared.CountAsync(target, cancellationToken) >= limits.Orders.MaxFailures);
    }

    private async Task RecordFailureAsync(string client, string target, CancellationToken cancellationToken)
    {
        limits.Clients.RecordFailure(client);
        limits.Orders.RecordFailure(target);
        if (limits.Shared is { } shared)
            await Task.WhenAll(shared.RecordAsync(client, cancellationToken), shared.RecordAsync(target, cancellationToken));
    }

    private IResult TooManyAttempts(CustomerLocale locale) =>
        Problems.ForCustomer(StatusCodes.Status429TooManyRequests, locale, "tooManyAttempts", ("minutes", (int)limits.Clients.Window.TotalMinutes));
}
