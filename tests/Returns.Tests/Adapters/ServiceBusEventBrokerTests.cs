using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Moq;
using Returns.Adapters.Events;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Adapters;

public class ServiceBusEventBrokerTests
{
    private static readonly OutboundEvent Event = Outbound(new IntegrationEvent(
        "evt-0001", "returns.return.refunded", "returns/RT-ABCD1234",
        new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero), """{"returnId":"RT-ABCD1234","amount":2500}"""));

    private static OutboundEvent Outbound(IntegrationEvent e) => new(e.Id, e.Type, CloudEventJson.Serialize(e));

    private static (Mock<ServiceBusSender> Sender, List<ServiceBusMessage> Sent) Sender()
    {
        var sent = new List<ServiceBusMessage>();
        var sender = new Mock<ServiceBusSender>(MockBehavior.Strict);
        sender.Setup(s => s.SendMessageAsync(It.IsAny<ServiceBusMessage>(), It.IsAny<CancellationToken>()))
            .Callback<ServiceBusMessage, CancellationToken>((m, _) => sent.Add(m))
            .Returns(Task.CompletedTask);
        return (sender, sent);
    }

    [Fact]
    public async Task SendAsync_Event_SendsOneMessageWhoseIdIsTheEventId()
    {
        var (sender, sent) = Sender();

        await new ServiceBusEventBroker(sender.Object).SendAsync(Event);

        var message = Assert.Single(sent);
        Assert.Equal("evt-0001", message.MessageId);
        Assert.Equal("application/cloudevents+json", message.ContentType);
        Assert.Equal("returns.return.refunded", message.Subject);
        Assert.Equal("returns.return.refunded", message.ApplicationProperties["cloudEvents:type"]);
    }

    [Fact]
    public async Task SendAsync_Event_BodyIsTheCloudEventsEnvelope()
    {
        var (sender, sent) = Sender();

        await new ServiceBusEventBroker(sender.Object).SendAsync(Event);

        using var json = JsonDocument.Parse(Assert.Single(sent).Body.ToString());
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("specversion").GetString());
        Assert.Equal("evt-0001", root.GetProperty("id").GetString());
        Assert.Equal("/returns", root.GetProperty("source").GetString());
        Assert.Equal("returns.return.refunded", root.GetProperty("type").GetString());
        Assert.Equal("2025-06-01T12:00:00.0000000Z", root.GetProperty("time").GetString());
        Assert.Equal(2500, root.GetProperty("data").GetProperty("amount").GetInt32());
    }

    [Fact]
    public async Task SendAsync_SenderFails_TheSendFails()
    {
        var sender = new Mock<ServiceBusSender>();
        sender.Setup(s => s.SendMessageAsync(It.IsAny<ServiceBusMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ServiceBusException("busy", ServiceBusFailureReason.ServiceBusy));

        await Assert.ThrowsAsync<ServiceBusException>(() => new ServiceBusEventBroker(sender.Object).SendAsync(Event));
    }

    [Fact]
    public void CloudEventJson_SupersedingEvent_CarriesTheSupersedesExtensionAttribute()
    {
        var plain = new IntegrationEvent("RT-ABCD1234-4", "returns.return.received", "returns/RT-ABCD1234", DateTimeOffset.UnixEpoch, "{}");

        using var without = JsonDocument.Parse(CloudEventJson.Serialize(plain));
        using var with = JsonDocument.Parse(CloudEventJson.Serialize(plain with { Id = "RT-ABCD1234-4r", Supersedes = "RT-ABCD1234-4" }));

        Assert.False(without.RootElement.TryGetProperty("supersedes", out _));
        Assert.Equal("RT-ABCD1234-4", with.RootElement.GetProperty("supersedes").GetString());
        Assert.Equal("RT-ABCD1234-4r", with.RootElement.GetProperty("id").GetString());
    }
}
