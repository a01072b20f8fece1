using Azure.Messaging.ServiceBus;
using Moq;
using Returns.Adapters.Events;
using Returns.Orchestrations.Integrations;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;

namespace Returns.Tests.Integrations;

public class IntegrationDispatcherTests
{
    private readonly OutboxFixture _fixture = new();

    [Fact]
    public async Task DispatchPendingAsync_BrokerDownTwice_EveryEventPublishedExactlyOnceAfterBackoff()
    {
        var broker = new FlakyBroker(failures: 2);
        var dispatcher = _fixture.Dispatcher(broker);
        var returnId = "r_" + AzuriteStorage.Unique();
        var events = Enumerable.Range(1, 5).Select(i => OutboxFixture.Event(returnId, i)).ToArray();
        foreach (var e in events)
        {
            await _fixture.Outbox.StoreAsync(e);
            await _fixture.Outbox.StoreAsync(e); // the activity's retry
        }

        await dispatcher.DispatchPendingAsync();
        var waiting = await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100);
        Assert.All(waiting, d => Assert.Equal((1, "InvalidOperationException: The broker is down."), (d.Attempts, d.LastError)));
        Assert.All(waiting, d => Assert.Equal(_fixture.Clock.Now + DeliveryBackoff.After(1), d.NextAttemptAt));
        await dispatcher.DispatchPendingAsync(); // not due yet: nothing is attempted
        Assert.Equal(1, Assert.Single((await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100)).Select(d => d.Attempts).Distinct()));

        _fixture.Clock.Advance(TimeSpan.FromSeconds(10));
        await dispatcher.DispatchPendingAsync();
        _fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        await dispatcher.DispatchPendingAsync();
        _fixture.Clock.Advance(TimeSpan.FromHours(1));
        await dispatcher.DispatchPendingAsync();

        Assert.Equal(events.Select(e => e.Id).Order(), broker.Sent.Select(s => s.Id).Order());
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100));
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Dead, 100));
        Assert.Empty(await _fixture.Outbox.PendingEventsAsync(100));
    }

    [Fact]
    public async Task DispatchPendingAsync_BrokerNeverAnswers_DeadLetterAfterMaxAttempts()
    {
        var dispatcher = _fixture.Dispatcher(new FlakyBroker(int.MaxValue));
        await _fixture.Outbox.StoreAsync(OutboxFixture.Event("r_" + AzuriteStorage.Unique(), 1));

        for (var i = 0; i < 12; i++)
        {
            await dispatcher.DispatchPendingAsync();
            _fixture.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100));
        var dead = Assert.Single(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Dead, 100));
        Assert.Equal(12, dead.Attempts);
    }

    [Fact]
    public async Task ServiceBusEventBroker_SendAsync_MessageIdIsTheEventIdAndBodyTheCloudEvent()
    {
        var sender = new Mock<ServiceBusSender>();
        ServiceBusMessage? sent = null;
        sender.Setup(s => s.SendMessageAsync(It.IsAny<ServiceBusMessage>(), It.IsAny<CancellationToken>()))
            .Callback((ServiceBusMessage m, CancellationToken _) => sent = m).Returns(Task.CompletedTask);
        var e = new OutboundEvent("r_1-4", "returns.return.approved", """{"specversion":"1.0","id":"r_1-4"}""");

        await new ServiceBusEventBroker(sender.Object).SendAsync(e);

        Assert.NotNull(sent);
        Assert.Equal("r_1-4", sent.MessageId);
        Assert.Equal(CloudEventJson.ContentType, sent.ContentType);
        Assert.Equal(e.Body, sent.Body.ToString());
    }
}
