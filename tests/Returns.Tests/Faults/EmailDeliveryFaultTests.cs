using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Returns.Adapters.Email;
using Returns.Api.Configuration;
using Returns.Api.Handlers;
using Returns.Orchestrations.Integrations;
using Returns.Orchestrations.Ports;
using Returns.Tests.Api;
using Returns.Tests.Email;
using Returns.Tests.Integrations;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Returns.Tests.Faults;

/// <summary>
/// SendGrid failing (500, 429 with Retry-After, a send that hangs past the timeout, a rejection): the workflow only stores
/// the email, and the dispatcher retries it with back-off until SendGrid takes it, exactly once, or parks it as a dead
/// letter that the merchant sees and retries through the admin route.
/// </summary>
public sealed class EmailDeliveryFaultTests : IAsyncLifetime, IDisposable
{
    private readonly OutboxFixture _fixture = new();
    private readonly ApiHarness _api = new();
    private SendGridStub _sendGrid = null!;

    public async Task InitializeAsync() => _sendGrid = await SendGridStub.StartAsync();

    public async Task DisposeAsync() => await _sendGrid.DisposeAsync();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task EmailDelivery_SendGrid500Then429ThenHanging_RetriedWithBackoffAndSentOnce()
    {
        var (notifier, dispatcher) = Build();
        _sendGrid.Fail(500);
        _sendGrid.Fail(429, retryAfter: TimeSpan.FromSeconds(42));
        _sendGrid.Fail(503, null, delay: TimeSpan.FromSeconds(5)); // longer than the client's 1 s timeout
        var email = Email();

        await notifier.SendAsync(email); // the workflow step: stored, never refused
        await notifier.SendAsync(email); // the step retried: stored once
        await dispatcher.DispatchPendingAsync();
        var first = Assert.Single(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 10));
        Assert.Equal(_fixture.Clock.GetUtcNow() + TimeSpan.FromSeconds(10), first.NextAttemptAt);
        Assert.Contains("500", first.LastError, StringComparison.Ordinal);

        _fixture.Clock.Advance(TimeSpan.FromSeconds(10));
        await dispatcher.DispatchPendingAsync();
        var second = Assert.Single(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 10));
        Assert.Equal(_fixture.Clock.GetUtcNow() + TimeSpan.FromSeconds(42), second.NextAttemptAt); // SendGrid's Retry-After

        _fixture.Clock.Advance(TimeSpan.FromSeconds(41));
        Assert.Equal(0, await dispatcher.DispatchPendingAsync()); // not due yet
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.DispatchPendingAsync();
        var third = Assert.Single(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 10));
        Assert.Equal(3, third.Attempts);
        Assert.Equal(_fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(2), third.NextAttemptAt);

        _fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        await dispatcher.DispatchPendingAsync();
        await dispatcher.DispatchPendingAsync();

        Assert.Equal([email.Id], _sendGrid.Accepted);
        Assert.Equal(4, _sendGrid.Requests.Count);
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 10));
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Dead, 10));
    }

    [Fact]
    public async Task EmailDelivery_SendGridKeepsFailing_DeadLetterListedWithoutPersonalDataAndRetriedOnce()
    {
        var (notifier, dispatcher) = Build(maxAttempts: 3);
        for (var i = 0; i < 3; i++)
            _sendGrid.Fail(500);
        var email = Email();
        await notifier.SendAsync(email);
        await dispatcher.DispatchPendingAsync();
        _fixture.Clock.Advance(TimeSpan.FromSeconds(10));
        await dispatcher.DispatchPendingAsync();
        _fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        await dispatcher.DispatchPendingAsync();
        _fixture.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await dispatcher.DispatchPendingAsync()); // a dead letter is not retried by itself

        var handlers = new WebhookDeliveryHandlers(_fixture.Outbox, dispatcher, _fixture.Clock, Options.Create(new ReturnsSettings { AdminApiKey = ApiHarness.AdminKey }));
        var dead = await RunAsync(c => handlers.ListAsync(c.Request, CancellationToken.None), "?status=dead");
        var listed = Assert.Single(dead.Json.GetProperty("deliveries").EnumerateArray());
        Assert.Equal(OutboxEmailNotifier.EmailType, listed.GetProperty("type").GetString());
        Assert.Equal(IntegrationDestinations.Email, listed.GetProperty("destination").GetString());
        Assert.Equal(3, listed.GetProperty("attempts").GetInt32());
        Assert.DoesNotContain(email.To, dead.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Anna", dead.Body, StringComparison.Ordinal);
        Assert.Empty(_sendGrid.Accepted);

        var retried = await RunAsync(c => handlers.RetryAsync(c.Request, listed.GetProperty("deliveryId").GetString()!, CancellationToken.None), method: "POST");
        await dispatcher.DispatchPendingAsync();
        await dispatcher.DispatchPendingAsync();

        Assert.Equal(202, retried.Status);
        Assert.Equal([email.Id], _sendGrid.Accepted);
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Dead, 10));
    }

    [Fact]
    public async Task EmailDelivery_SendGridRejects400_DeadLetterAtOnce()
    {
        var (notifier, dispatcher) = Build();
        _sendGrid.Fail(400);
        await notifier.SendAsync(Email());

        await dispatcher.DispatchPendingAsync();

        var dead = Assert.Single(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Dead, 10));
        Assert.Equal(1, dead.Attempts);
        Assert.StartsWith("HTTP 400", dead.LastError, StringComparison.Ordinal);
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 10));
    }

    [Fact]
    public async Task EmailDelivery_EmailsAndEvents_EmailsGoOnlyToTheMailServiceAndEventsNeverToIt()
    {
        var broker = new FlakyBroker(0);
        var (notifier, dispatcher) = Build(broker: broker);
        var email = Email();
        await notifier.SendAsync(email);
        await _fixture.Outbox.StoreAsync(OutboxFixture.Event("r_" + Guid.NewGuid().ToString("N")[..8], 1));

        await dispatcher.DispatchPendingAsync();

        Assert.Equal([email.Id], _sendGrid.Accepted);
        var published = Assert.Single(broker.Sent);
        Assert.StartsWith("returns.return.", published.Type, StringComparison.Ordinal);
    }

    private (OutboxEmailNotifier Notifier, IntegrationDispatcher Dispatcher) Build(int maxAttempts = 12, IEventBroker? broker = null)
    {
        var client = new SendGridClient(new HttpClient { Timeout = TimeSpan.FromSeconds(1) }, new SendGridClientOptions { ApiKey = SendGridStub.ApiKey, Host = _sendGrid.Host });
        var dispatcher = new IntegrationDispatcher(_fixture.Outbox, broker ?? new FlakyBroker(0), Mock.Of<IWebhookSender>(MockBehavior.Strict),
            Options.Create(new IntegrationDispatchOptions { MaxAttempts = maxAttempts }), _fixture.Clock, NullLogger<IntegrationDispatcher>.Instance,
            new SendGridNotifier(client, new EmailAddress("returns@demo-shop.example")));
        return (new OutboxEmailNotifier(_fixture.Outbox, dispatcher, _fixture.Clock), dispatcher);
    }

    private static EmailMessage Email() => new(
        "r_" + Guid.NewGuid().ToString("N")[..10] + "-3", "anna.schmidt@example.de", "Anna Schmidt", "Your return is on its way",
        "Hello Anna, your parcel is on its way.", "<p>Hello Anna, your parcel is on its way.</p>", []);

    private Task<ApiResponse> RunAsync(Func<HttpContext, Task<IResult>> handler, string? query = null, string method = "GET")
    {
        var context = _api.Context(method, query: query, adminKey: true);
        return ApiHarness.RunAsync(context, handler(context));
    }
}
