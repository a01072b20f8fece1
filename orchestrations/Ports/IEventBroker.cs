namespace Returns.Orchestrations.Ports;

/// <summary>The message broker integration events are published to (Service Bus, or the local dev outbox); the event id is the message id.</summary>
public interface IEventBroker
{
    /// <summary>Throws when the broker cannot take the event; the dispatcher retries it later.</summary>
    Task SendAsync(OutboundEvent outboundEvent, CancellationToken cancellationToken = default);
}
