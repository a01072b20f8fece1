using Microsoft.Extensions.Options;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Routing.Network;

/// <summary>
/// The routing network in force: the one saved through the admin API, else the shipped files (read once).
/// The saved one is cached briefly so a burst of route decisions reads storage once.
/// </summary>
public sealed class RoutingNetworkSource(IOptions<RoutingNetworkOptions> options, IRoutingNetworkStore store, TimeProvider clock)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    private readonly Lazy<RoutingNetwork> _files = new(() => RoutingNetworkFiles.Load(options.Value.ResolvedDirectory));
    private (RoutingNetwork? Network, DateTimeOffset At)? _saved;

    /// <summary>The shipped files (a broken file throws, naming itself).</summary>
    public RoutingNetwork Files => _files.Value;

    public async Task<RoutingNetwork> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (_saved is not { } cached || now - cached.At > CacheFor)
        {
            cached = (await store.GetAsync(cancellationToken), now);
            _saved = cached;
        }

        return cached.Network ?? Files;
    }

    /// <summary>Saves a network the merchant uploaded (already checked) and uses it from now on.</summary>
    public async Task SaveAsync(RoutingNetwork network, CancellationToken cancellationToken = default)
    {
        await store.SaveAsync(network, cancellationToken);
        _saved = (network, clock.GetUtcNow());
    }
}
