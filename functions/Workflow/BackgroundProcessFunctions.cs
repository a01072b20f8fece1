using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Workflow;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Routing.Network;
using Returns.Orchestrations.Workflow;

namespace Returns.Functions.Workflow;

/// <summary>
/// The background processes on Azure: their orchestration triggers, and a daily timer (also run at start-up) that
/// starts each one that is not running (after a first deployment, a new hub, or a termination).
/// </summary>
public sealed class BackgroundProcessFunctions(RoutingNetworkSource networks, IOptions<ReturnsSettings> settings)
{
    /// <summary>The timer trigger's function name (the only trigger that is neither a route nor a workflow task).</summary>
    public const string EnsureFunctionName = "EnsureBackgroundProcesses";

    [Function(nameof(TaxClaimReminderOrchestrator))]
    public static Task<int> RunTaxClaimReminderOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new TaxClaimReminderOrchestrator().RunAsync(context, context.GetInput<TaxClaimReminderInput>()!);

    [Function(nameof(HubConsolidationOrchestrator))]
    public static Task<int> RunHubConsolidationOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new HubConsolidationOrchestrator().RunAsync(context, context.GetInput<HubConsolidationInput>()!);

    [Function(EnsureFunctionName)]
    public async Task EnsureBackgroundProcesses(
        [TimerTrigger("0 15 3 * * *", RunOnStartup = true)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var s = settings.Value;
        await BackgroundProcesses.EnsureRunningAsync(
            client, s.ToClaimReminders(), await networks.CurrentAsync(cancellationToken), s.ConsolidationCheckInterval, cancellationToken);
    }
}
