using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Ports;

/// <summary>The routing network a merchant saved through the admin API (it replaces the shipped files).</summary>
public interface IRoutingNetworkStore
{
    Task<RoutingNetwork?> GetAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(RoutingNetwork network, CancellationToken cancellationToken = default);
}
