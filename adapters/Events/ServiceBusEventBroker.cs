using Azure.Messaging.ServiceBus;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Events;

/// <summary>
/// The dispatcher's broker on Azure: the Service Bus topic "returns-events". The event id is the message id, so with
/// duplicate detection on the topic an event the dispatcher sends twice (a crash after the send) is delivered once.
/// </summary>
public sealed class ServiceBusEventBroker(ServiceBusSender sender) : IEventBroker
{
    public const string TopicName = "returns-events";

    public Task SendAsync(OutboundEvent outboundEvent, CancellationToken cancellationToken = default)
    {
        var message = new ServiceBusMessage(outboundEvent.Body)
        {
            MessageId = outboundEvent.Id,
            ContentType = CloudEventJson.ContentType,
            Subject = outboundEvent.Type,
        };
        message.ApplicationProperties["cloudEvents:type"] = outboundEvent.Type;
        return sender.SendMessageAsync(message, cancellationToken);
    }
}
