using Azure.Messaging.ServiceBus;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Events;

/// <summary>
/// Publishes CloudEvents to the Service Bus topic. The event id is the message id, so with duplicate
/// detection on the topic a retried publish is delivered once.
/// </summary>
public sealed class ServiceBusEventPublisher(ServiceBusSender sender) : IEventPublisher
{
    public const string TopicName = "returns-events";

    public Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default)
    {
        var message = new ServiceBusMessage(CloudEventJson.Serialize(integrationEvent))
        {
            MessageId = integrationEvent.Id,
            ContentType = CloudEventJson.ContentType,
            Subject = integrationEvent.Type,
        };
        message.ApplicationProperties["cloudEvents:type"] = integrationEvent.Type;
        return sender.SendMessageAsync(message, cancellationToken);
    }
}
