using Microsoft.Extensions.Hosting;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Api.Workflow;

/// <summary>
/// Loads the compliance rules and the routing files when the host starts, so a broken file stops the start and
/// names itself.
/// </summary>
public sealed class ComplianceRulesCheck(ComplianceRules rules, RoutingNetworkSource routing) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = rules.Current;
        _ = routing.Files;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
