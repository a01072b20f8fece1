using Microsoft.DurableTask;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Orchestrations.Workflow;

/// <summary>
/// One eternal instance (<see cref="InstanceId"/>) that wakes on a durable timer, sends the tax-claim deadline
/// reminders that are due, and continues as new so its history stays short. Deadlines live with the assessments,
/// so a claim added while it sleeps is picked up on the next round.
/// </summary>
public sealed class TaxClaimReminderOrchestrator : TaskOrchestrator<TaxClaimReminderInput, int>
{
    public const string InstanceId = "tax-claim-reminders";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, TaxClaimReminderInput input)
    {
        var retry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(5), 2, TimeSpan.FromMinutes(5)));
        var sent = await context.CallActivityAsync<int>(nameof(SendTaxClaimReminders), input.LeadDays, retry);
        await context.CreateTimer(context.CurrentUtcDateTime + input.Interval, CancellationToken.None);
        context.ContinueAsNew(input);
        return sent;
    }
}
