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
/// The timing class of guest access, checked by the work done rather than by a clock: a wrong email for a real order or
/// return and an unknown order or return make the same store calls and give the same answer, so nothing but noise can
/// tell them apart. (PortalIsolationEndToEndTests prints the times measured over HTTP.)
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
        var limits = new GuestLookupLimits(new GuestLookupLimiter(TimeProvider.System, 10, TimeSpan.FromMinutes(15)),
            new GuestLookupLimiter(TimeProvider.System, 20, TimeSpan.FromMinutes(15)));
        var error = await access(new GuestAccess(_orders.Object, _returns.Object, limits));

        // The same trace identifier for both, as two requests differ in it anyway.
        var context = new DefaultHttpContext { TraceIdentifier = "trace", RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        await Assert.IsAssignableFrom<IResult>(error).ExecuteAsync(context);
        var calls = _orders.Invocations.Concat(_returns.Invocations).Select(i => i.Method.Name).ToList();
        return (calls, context.Response.StatusCode + " " + System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()));
    }
}
