using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Returns.Adapters.Email;
using Returns.Functions.Background;
using Returns.Orchestrations.Integrations;
using Returns.Orchestrations.Ports;
using Returns.Tests.Email;
using Returns.Tests.Integrations;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Returns.Tests.Functions;

/// <summary>On Azure an email a step stores on this instance leaves at once, not at the next minute's timer.</summary>
public sealed class SignalledDispatchTests : IAsyncLifetime
{
    private readonly OutboxFixture _fixture = new();
    private SendGridStub _sendGrid = null!;

    public async Task InitializeAsync() => _sendGrid = await SendGridStub.StartAsync();

    public async Task DisposeAsync() => await _sendGrid.DisposeAsync();

    [Fact]
    public async Task StoredEmail_IsSentWithoutWaitingForTheTimer()
    {
        var client = new SendGridClient(new HttpClient(), new SendGridClientOptions { ApiKey = SendGridStub.ApiKey, Host = _sendGrid.Host });
        var dispatcher = new IntegrationDispatcher(_fixture.Outbox, Mock.Of<IEventBroker>(), Mock.Of<IWebhookSender>(MockBehavior.Strict),
            Options.Create(new IntegrationDispatchOptions()), _fixture.Clock, NullLogger<IntegrationDispatcher>.Instance,
            new SendGridNotifier(client, new EmailAddress("returns@demo-shop.example")));
        var notifier = new OutboxEmailNotifier(_fixture.Outbox, dispatcher, _fixture.Clock);
        using var loop = new SignalledDispatch(dispatcher);
        await loop.StartAsync(CancellationToken.None);
        var email = new EmailMessage("r_" + Guid.NewGuid().ToString("N")[..10] + "-1", "kenji@example.jp", "Kenji", "Confirm your return",
            "Please confirm.", "<p>Please confirm.</p>", []);

        await notifier.SendAsync(email);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (_sendGrid.Accepted.Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        await loop.StopAsync(CancellationToken.None);
        Assert.Equal([email.Id], _sendGrid.Accepted);
    }
}
