using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Integrations;

/// <summary>
/// The workflow's event publisher: it only stores the event in the outbox (and wakes this process's dispatcher), so a
/// workflow step never fails because a broker or a merchant endpoint is down.
/// </summary>
public sealed class IntegrationOutboxPublisher(IIntegrationOutbox outbox, IntegrationDispatcher dispatcher) : IEventPublisher
{
    public async Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default)
    {
        await outbox.StoreAsync(integrationEvent, cancellationToken);
        dispatcher.Signal();
    }
}
