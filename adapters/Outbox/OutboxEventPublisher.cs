using Returns.Adapters.Events;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Outbox;

/// <summary>Integration events go to the local outbox when no Service Bus connection is configured.</summary>
public sealed class OutboxEventPublisher(TableOutbox outbox) : IEventPublisher
{
    public Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default) =>
        outbox.AddAsync(new OutboxItem(
            integrationEvent.Id, "event", ServiceBusEventPublisher.TopicName, integrationEvent.Type,
            CloudEventJson.Serialize(integrationEvent), null, [], integrationEvent.Time), cancellationToken);
}
