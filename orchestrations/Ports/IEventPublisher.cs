namespace Returns.Orchestrations.Ports;

/// <summary>Publishes integration events for merchant systems; the event id doubles as the message id.</summary>
public interface IEventPublisher
{
    Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default);
}

/// <summary>A CloudEvents-shaped event: <see cref="Data"/> is the JSON payload.</summary>
public sealed record IntegrationEvent(string Id, string Type, string Subject, DateTimeOffset Time, string Data);
