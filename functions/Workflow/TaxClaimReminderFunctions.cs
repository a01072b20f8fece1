using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Workflow;
using Returns.Orchestrations.Workflow;

namespace Returns.Functions.Workflow;

/// <summary>
/// The claim-reminder process on Azure: its orchestration trigger, and a daily timer that starts the one instance
/// when it is not running (after a first deployment, or if it was terminated).
/// </summary>
public sealed class TaxClaimReminderFunctions(IOptions<ReturnsSettings> settings)
{
    [Function(nameof(TaxClaimReminderOrchestrator))]
    public static Task<int> RunTaxClaimReminderOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new TaxClaimReminderOrchestrator().RunAsync(context, context.GetInput<TaxClaimReminderInput>()!);

    /// <summary>The timer trigger's function name (the only trigger that is neither a route nor a workflow task).</summary>
    public const string EnsureFunctionName = "EnsureTaxClaimReminders";

    [Function(EnsureFunctionName)]
    public Task EnsureTaxClaimReminders(
        [TimerTrigger("0 15 3 * * *", RunOnStartup = true)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        TaxClaimReminders.EnsureRunningAsync(client, settings.Value.ToClaimReminders(), cancellationToken);
}
