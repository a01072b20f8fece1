using Microsoft.Extensions.Hosting;
using Returns.Orchestrations.Compliance;

namespace Returns.Api.Workflow;

/// <summary>Loads the compliance rules when the host starts, so a broken rule file stops the start and names itself.</summary>
public sealed class ComplianceRulesCheck(ComplianceRules rules) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = rules.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
