namespace Returns.Orchestrations.Ports;

/// <summary>Publishes integration events for merchant systems; the event id doubles as the message id.</summary>
public interface IEventPublisher
{
    Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default);
}
