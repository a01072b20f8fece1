using Microsoft.DurableTask;
using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Writes to the merchant about every open claim whose deadline is within a lead time, once per claim and lead time
/// (when several are due at once, only the nearest is sent). The email id is fixed per claim and lead time, so a
/// retry after a failure between sending and marking does not send a second email.
/// </summary>
public sealed class SendTaxClaimReminders(ITaxClaimStore claims, CustomerEmailComposer emails, INotifier notifier, TimeProvider clock)
    : TaskActivity<IReadOnlyList<int>, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, IReadOnlyList<int> leadDays)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var sent = 0;
        foreach (var assessment in await claims.ListAsync())
        {
            foreach (var claim in assessment.Claims.Where(c => c.Status is TaxClaimStatuses.Claimable or TaxClaimStatuses.Check && c.Deadline >= today))
            {
                var daysLeft = claim.Deadline!.Value.DayNumber - today.DayNumber;
                var due = leadDays.Where(lead => daysLeft <= lead).Order().ToList();
                if (due.Count == 0)
                    continue;
                var nearest = due[0];
                if (await claims.ReminderSentAsync(assessment.ReturnId, Key(claim, nearest)))
                    continue;

                await notifier.SendAsync(emails.ForTaxClaimDeadline(assessment, claim, daysLeft, Key(claim, nearest)));
                foreach (var lead in due)
                    await claims.MarkReminderSentAsync(assessment.ReturnId, Key(claim, lead));
                sent++;
            }
        }

        return sent;
    }

    private static string Key(TaxClaim claim, int lead) => $"{claim.RuleId}-{lead}d";
}
