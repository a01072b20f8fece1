using Returns.Adapters.Events;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Outbox;

/// <summary>The dispatcher's broker when no Service Bus is configured: the local dev outbox, which keeps each event id once.</summary>
public sealed class OutboxEventBroker(TableOutbox outbox, TimeProvider clock) : IEventBroker
{
    public Task SendAsync(OutboundEvent outboundEvent, CancellationToken cancellationToken = default) =>
        outbox.AddAsync(new OutboxItem(
            outboundEvent.Id, "event", ServiceBusEventBroker.TopicName, outboundEvent.Type,
            outboundEvent.Body, null, [], clock.GetUtcNow()), cancellationToken);
}
