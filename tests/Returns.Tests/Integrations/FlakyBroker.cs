using Returns.Orchestrations.Ports;

namespace Returns.Tests.Integrations;

/// <summary>A broker that refuses its first <c>failures</c> sends of each event, then records what it was given.</summary>
public sealed class FlakyBroker(int failures) : IEventBroker
{
    private readonly Dictionary<string, int> _tries = [];

    public List<OutboundEvent> Sent { get; } = [];

    public Task SendAsync(OutboundEvent outboundEvent, CancellationToken cancellationToken = default)
    {
        lock (_tries)
        {
            _tries[outboundEvent.Id] = _tries.GetValueOrDefault(outboundEvent.Id) + 1;
            if (_tries[outboundEvent.Id] <= failures)
                throw new InvalidOperationException("The broker is down.");
            Sent.Add(outboundEvent);
        }

        return Task.CompletedTask;
    }
}
