using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Returns.Adapters.Outbox;
using Returns.Orchestrations.Integrations;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;

namespace Returns.Tests.Integrations;

/// <summary>An integration outbox on its own table of the test Azurite, a hand-moved clock, and a dispatcher over them.</summary>
public sealed class OutboxFixture
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));

    public TableIntegrationOutbox Outbox { get; } = new(AzuriteStorage.NewStorage(), "io" + Guid.NewGuid().ToString("N"));

    public IntegrationDispatcher Dispatcher(IEventBroker broker, IWebhookSender? webhooks = null, params Uri[] webhookUrls) =>
        new(Outbox, broker, webhooks ?? Mock.Of<IWebhookSender>(MockBehavior.Strict),
            Options.Create(new IntegrationDispatchOptions { WebhookUrls = webhookUrls }), Clock, NullLogger<IntegrationDispatcher>.Instance);

    public static IntegrationEvent Event(string returnId, int sequence, string stage = "approved") => new(
        $"{returnId}-{sequence}", $"returns.return.{stage}", $"returns/{returnId}",
        new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), $$"""{"returnId":"{{returnId}}","stage":"{{stage}}"}""");
}
