using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Returns.Api.Handlers;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;

namespace Returns.Tests.Security;

/// <summary>
/// The timing class of guest access: a wrong email for a real order or return and an unknown order or return make the
/// same store calls, give the same answer, and are answered no sooner than <see cref="GuestAccess.FailureTime"/>, which
/// covers the extra cost of reading a stored record. (PortalIsolationEndToEndTests prints the times measured over HTTP.)
/// </summary>
public sealed class GuestAccessWorkTests
{
    private static readonly Order Known = AdapterSamples.Order("TW-5001", "anna@example.de");
    private static readonly ReturnRecord KnownReturn = AdapterSamples.Return("RT-7Q8K2M4P", "TW-5001", ReturnStages.LabelIssued);

    private readonly Mock<IOrderStore> _orders = new(MockBehavior.Strict);
    private readonly Mock<IReturnStore> _returns = new(MockBehavior.Strict);

    public GuestAccessWorkTests()
    {
        _orders.Setup(o => o.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string number, CancellationToken _) => number == Known.OrderNumber ? Known : null);
        _returns.Setup(r => r.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => id == KnownReturn.ReturnId ? KnownReturn : null);
    }

    [Fact]
    public async Task FindOrder_WrongEmailOrUnknownOrder_SameStoreCallsAndSameAnswer()
    {
        var wrongEmail = await WorkAsync(g => g.FindOrderAsync(Request(), English, "mallory@example.org", Known.OrderNumber, CancellationToken.None));
        var unknown = await WorkAsync(g => g.FindOrderAsync(Request(), English, "mallory@example.org", "TW-9999", CancellationToken.None));

        Assert.Equal(wrongEmail.Calls, unknown.Calls);
        Assert.Equal(["GetAsync"], wrongEmail.Calls);
        Assert.Equal(wrongEmail.Answer, unknown.Answer);
    }

    [Fact]
    public async Task FindReturn_WrongEmailOrUnknownReturn_SameStoreCallsAndSameAnswer()
    {
        var wrongEmail = await WorkAsync(g => g.FindReturnAsync(Request(), KnownReturn.ReturnId, "mallory@example.org", CancellationToken.None));
        var unknown = await WorkAsync(g => g.FindReturnAsync(Request(), "RT-ZZZZZZZZ", "mallory@example.org", CancellationToken.None));
        var noEmail = await WorkAsync(g => g.FindReturnAsync(Request(), KnownReturn.ReturnId, null, CancellationToken.None));

        Assert.Equal(wrongEmail.Calls, unknown.Calls);
        Assert.Equal(wrongEmail.Calls, noEmail.Calls);
        Assert.Equal(["GetAsync"], wrongEmail.Calls);
        Assert.Equal(wrongEmail.Answer, unknown.Answer);
        Assert.Equal(wrongEmail.Answer, noEmail.Answer);
    }

    [Fact]
    public async Task Failures_WrongEmailOrUnknownNumber_TakeAtLeastTheFailureTime()
    {
        foreach (var failure in new Func<GuestAccess, Task>[]
        {
            g => g.FindOrderAsync(Request(), English, "mallory@example.org", Known.OrderNumber, CancellationToken.None),
            g => g.FindOrderAsync(Request(), English, "mallory@example.org", "TW-9999", CancellationToken.None),
            g => g.FindReturnAsync(Request(), KnownReturn.ReturnId, "mallory@example.org", CancellationToken.None),
            g => g.FindReturnAsync(Request(), "RT-ZZZZZZZZ", "mallory@example.org", CancellationToken.None),
        })
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await failure(new GuestAccess(_orders.Object, _returns.Object, Limits(), TimeProvider.System));
            Assert.True(clock.Elapsed >= GuestAccess.FailureTime, $"answered after {clock.Elapsed.TotalMilliseconds} ms");
        }
    }

    [Fact]
    public async Task Success_IsNotHeldBack()
    {
        var access = new GuestAccess(_orders.Object, _returns.Object, Limits(), new StoppedTimers());

        // With timers that never fire, any wait would never end: a success must not wait at all.
        var found = await access.FindOrderAsync(Request(), English, Known.Email, Known.OrderNumber, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Same(Known, found.Order);
    }

    private static GuestLookupLimits Limits() =>
        new(new GuestLookupLimiter(TimeProvider.System, 10, TimeSpan.FromMinutes(15)), new GuestLookupLimiter(TimeProvider.System, 20, TimeSpan.FromMinutes(15)));

    private static CustomerLocale English => CustomerLanguages.Default.Select("en", default, null);

    private static HttpRequest Request() => new DefaultHttpContext { Connection = { RemoteIpAddress = Api.ApiHarness.RandomIp() } }.Request;

    /// <summary>The store calls one guest access made (on fresh limits) and the answer it gave, as text.</summary>
    private async Task<(List<string> Calls, string Answer)> WorkAsync(Func<GuestAccess, Task<GuestAccess.Result>> access) =>
        await WorkAsync(async g => { var r = await access(g); return (object?)r.Error; });

    private async Task<(List<string> Calls, string Answer)> WorkAsync(Func<GuestAccess, Task<(ReturnRecord?, IResult?)>> access) =>
        await WorkAsync(async g => { var r = await access(g); return (object?)r.Item2; });

    private async Task<(List<string> Calls, string Answer)> WorkAsync(Func<GuestAccess, Task<object?>> access)
    {
        _orders.Invocations.Clear();
        _returns.Invocations.Clear();
        var error = await access(new GuestAccess(_orders.Object, _returns.Object, Limits(), TimeProvider.System));

        // The same trace identifier for both, as two requests differ in it anyway.
        var context = new DefaultHttpContext { TraceIdentifier = "trace", RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        await Assert.IsAssignableFrom<IResult>(error).ExecuteAsync(context);
        var calls = _orders.Invocations.Concat(_returns.Invocations).Select(i => i.Method.Name).ToList();
        return (calls, context.Response.StatusCode + " " + System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()));
    }

    /// <summary>A clock whose timers never fire.</summary>
    private sealed class StoppedTimers : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Stopped();

        private sealed class Stopped : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
