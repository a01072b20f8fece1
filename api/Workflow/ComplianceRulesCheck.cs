using Microsoft.Extensions.Hosting;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Api.Workflow;

/// <summary>
/// Loads the compliance rules, the routing files and the back-office tables when the host starts, so a broken file stops the start and
/// names itself.
/// </summary>
public sealed class ComplianceRulesCheck(ComplianceRules rules, RoutingNetworkSource routing, Orchestrations.Backoffice.BackofficeRulesSource backoffice)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = rules.Current;
        _ = routing.Files;
        _ = backoffice.Rules;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
