using System.Text.Json;
using Returns.Orchestrations.Integrations;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;

namespace Returns.Tests.Integrations;

public class TableIntegrationOutboxTests
{
    private readonly OutboxFixture _fixture = new();

    [Fact]
    public async Task StoreAsync_SameIdTwice_OnePendingEventWithItsCloudEvent()
    {
        var e = OutboxFixture.Event("r_" + AzuriteStorage.Unique(), 3);

        await _fixture.Outbox.StoreAsync(e);
        await _fixture.Outbox.StoreAsync(e with { Data = """{"changed":true}""" });

        var stored = Assert.Single(await _fixture.Outbox.PendingEventsAsync(100));
        Assert.Equal(e.Id, stored.Id);
        Assert.Equal(e.Type, stored.Type);
        using var json = JsonDocument.Parse(stored.Body);
        Assert.Equal("1.0", json.RootElement.GetProperty("specversion").GetString());
        Assert.Equal(e.Id, json.RootElement.GetProperty("id").GetString());
        Assert.Equal("approved", json.RootElement.GetProperty("data").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task StoreAsync_AfterTheEventWasSent_ChangesNothing()
    {
        var e = OutboxFixture.Event("r_" + AzuriteStorage.Unique(), 1);
        await _fixture.Outbox.StoreAsync(e);
        var stored = Assert.Single(await _fixture.Outbox.PendingEventsAsync(100));
        await _fixture.Outbox.ScheduleAsync(stored, [IntegrationDestinations.First(stored, IntegrationDestinations.Broker, _fixture.Clock.Now)]);
        await _fixture.Outbox.DeliveredAsync(Assert.Single(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100)));

        await _fixture.Outbox.StoreAsync(e);

        Assert.Empty(await _fixture.Outbox.PendingEventsAsync(100));
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100));
    }

    [Fact]
    public async Task ScheduleAsync_Twice_OneDeliveryPerDestination()
    {
        var e = OutboxFixture.Event("r_" + AzuriteStorage.Unique(), 2);
        await _fixture.Outbox.StoreAsync(e);
        var stored = Assert.Single(await _fixture.Outbox.PendingEventsAsync(100));
        string[] destinations = [IntegrationDestinations.Broker, "https://shop.example/hooks"];

        var deliveries = destinations.Select(d => IntegrationDestinations.First(stored, d, _fixture.Clock.Now)).ToArray();
        await _fixture.Outbox.ScheduleAsync(stored, deliveries);
        await _fixture.Outbox.ScheduleAsync(stored, deliveries);

        var kept = await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100);
        Assert.Equal(destinations.Order(), kept.Select(d => d.Destination).Order());
        Assert.All(kept, d => Assert.Equal(stored, d.Event));
        Assert.Empty(await _fixture.Outbox.PendingEventsAsync(100));
    }

    [Fact]
    public async Task RetryAsync_UnknownDelivery_False()
    {
        Assert.False(await _fixture.Outbox.RetryAsync("nothing-here.broker", _fixture.Clock.Now));
        Assert.False(await _fixture.Outbox.RetryAsync("bad/id", _fixture.Clock.Now));
    }
}
