using Azure.Messaging.ServiceBus;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Adapters.Events;
using Returns.Api.Configuration;
using Returns.Api.Handlers;
using Returns.Orchestrations.Integrations;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;
using Returns.Tests.Api;
using Returns.Tests.Integrations;

namespace Returns.Tests.Faults;

/// <summary>
/// Service Bus failing behind the real <see cref="ServiceBusEventBroker"/> (the SDK's own exceptions from a stand-in
/// sender; an emulator of Service Bus is not run here): busy, timeouts, an answer lost after the send, a missing topic.
/// The outbox keeps each event until the topic takes it, retries with back-off, delivers it once (the event id is the
/// message id, so duplicate detection drops a resend) and parks it as a dead letter the merchant sees and retries.
/// </summary>
public sealed class ServiceBusFaultTests : IDisposable
{
    private readonly OutboxFixture _fixture = new();
    private readonly ApiHarness _api = new();
    private readonly FaultyServiceBusSender _sender = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Dispatch_ServiceBusBusyThenTimingOutThenAnswerLost_EachEventDeliveredOnceUnderItsId()
    {
        var dispatcher = _fixture.Dispatcher(new ServiceBusEventBroker(_sender));
        var returnId = "r_" + AzuriteStorage.Unique();
        var first = OutboxFixture.Event(returnId, 1, "awaiting_confirmation");
        var second = OutboxFixture.Event(returnId, 2, "approved");
        _sender.Fail(ServiceBusFailureReason.ServiceBusy);
        _sender.Fail(ServiceBusFailureReason.ServiceTimeout);
        await _fixture.Outbox.StoreAsync(first);
        await _fixture.Outbox.StoreAsync(second);

        await dispatcher.DispatchPendingAsync();
        var waiting = await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 10);
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, d => Assert.Contains("ServiceBusException", d.LastError, StringComparison.Ordinal));
        Assert.All(waiting, d => Assert.Equal(_fixture.Clock.Now + DeliveryBackoff.After(1), d.NextAttemptAt));

        _sender.Fail(ServiceBusFailureReason.ServiceTimeout, afterSend: true); // the topic took it; the answer was lost
        _fixture.Clock.Advance(DeliveryBackoff.After(1));
        await dispatcher.DispatchPendingAsync();
        _fixture.Clock.Advance(DeliveryBackoff.After(2));
        await dispatcher.DispatchPendingAsync();
        await dispatcher.DispatchPendingAsync();

        Assert.Equal([first.Id, second.Id], _sender.Delivered.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        Assert.Equal(5, _sender.Attempts.Count); // two refused, one lost answer, two accepted (one of them a resend)
        Assert.All(_sender.Delivered, m => Assert.Equal("application/cloudevents+json", m.ContentType));
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 10));
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Dead, 10));
    }

    [Fact]
    public async Task Dispatch_TopicMissingUntilFixed_DeadLetterListedThenRetriedByTheMerchantAndDeliveredOnce()
    {
        var dispatcher = _fixture.Dispatcher(new ServiceBusEventBroker(_sender));
        var e = OutboxFixture.Event("r_" + AzuriteStorage.Unique(), 4, "received");
        for (var i = 0; i < 12; i++)
            _sender.Fail(ServiceBusFailureReason.MessagingEntityNotFound);
        await _fixture.Outbox.StoreAsync(e);

        for (var i = 0; i < 12; i++)
        {
            await dispatcher.DispatchPendingAsync();
            _fixture.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(0, await dispatcher.DispatchPendingAsync()); // parked: not retried by itself
        var handlers = new WebhookDeliveryHandlers(_fixture.Outbox, dispatcher, _fixture.Clock, Options.Create(new ReturnsSettings { AdminApiKey = ApiHarness.AdminKey }));
        var dead = await RunAsync(c => handlers.ListAsync(c.Request, CancellationToken.None), "?status=dead");
        var listed = Assert.Single(dead.Json.GetProperty("deliveries").EnumerateArray());
        Assert.Equal(IntegrationDestinations.Broker, listed.GetProperty("destination").GetString());
        Assert.Equal(12, listed.GetProperty("attempts").GetInt32());
        Assert.Contains("MessagingEntityNotFound", listed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Empty(_sender.Delivered);

        var retried = await RunAsync(c => handlers.RetryAsync(c.Request, listed.GetProperty("deliveryId").GetString()!, CancellationToken.None), method: "POST");
        await dispatcher.DispatchPendingAsync();
        await dispatcher.DispatchPendingAsync();

        Assert.Equal(202, retried.Status);
        Assert.Equal([e.Id], _sender.Delivered.Select(m => m.MessageId));
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Dead, 10));
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 10));
    }

    private Task<ApiResponse> RunAsync(Func<HttpContext, Task<IResult>> handler, string? query = null, string method = "GET")
    {
        var context = _api.Context(method, query: query, adminKey: true);
        return ApiHarness.RunAsync(context, handler(context));
    }
}
