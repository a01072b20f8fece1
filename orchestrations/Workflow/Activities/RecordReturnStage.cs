using System.Text.Json;
using Microsoft.DurableTask;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Projects one workflow step: the stored return (stage, timeline), the customer's email, the
/// integration event and the analytics facts. The sequence number makes a retry write nothing twice; email and
/// event carry ids derived from it, and analytics apply differences.
/// </summary>
public sealed class RecordReturnStage(
    IReturnStore returns,
    ReturnContextLoader loader,
    CustomerEmailComposer emails,
    INotifier notifier,
    IEventPublisher events,
    IAnalyticsFeed analytics) : TaskActivity<StageChange, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StageChange change)
    {
        var record = await loader.ReturnAsync(change.ReturnId);
        if (change.Sequence > record.Sequence)
        {
            record = Apply(record, change);
            await returns.SaveAsync(record);
        }
        else if (Diverged(record, change))
        {
            // The host died after an execution of the workflow had sent this step but before it saved its history:
            // the execution that was saved (replays are identical, to the time) made other steps under these numbers.
            // The saved one always ran later (after the restart, or once storage was back), so the later step wins:
            // a lost execution's step that arrives after the saved one's changes and sends nothing.
            var lost = record.Timeline[change.Sequence - 1];
            if (change.At < lost.At)
                return true;

            // The saved execution's steps replace the lost one's; the events the lost one consumed are redelivered and
            // projected again. When the lost step had another stage, its email and event told something that did not
            // happen: this step's go out under a new id ("...r") that names the one it supersedes.
            record = Apply(record with
            {
                Timeline = [.. record.Timeline.Take(change.Sequence - 1)],
                SupersededSteps = lost.Stage != change.Stage && change.StageChanged ? [.. record.SupersededSteps, change.Sequence] : record.SupersededSteps,
            }, change);
            await returns.SaveAsync(record);
        }

        if (!change.StageChanged)
            return true;

        // Also on a retry whose save was done before: analytics are rebuilt from the stored state, idempotently.
        if (AnalyticsRecorder.Counts(change.Stage))
            await analytics.TryRecordReturnAsync(record);

        var superseded = record.SupersededSteps.Contains(change.Sequence);
        if (change.Notify && emails.ForStage(record, change) is { } email)
            await notifier.SendAsync(superseded ? email with { Id = email.Id + "r" } : email);
        var integrationEvent = ToEvent(record, change);
        await events.PublishAsync(superseded ? integrationEvent with { Id = integrationEvent.Id + "r", Supersedes = integrationEvent.Id } : integrationEvent);
        return true;
    }

    /// <summary>
    /// The timeline holds one entry per step, in sequence; a step already projected that differs from this one (in time,
    /// stage or note) came from an execution of the workflow whose history was never saved.
    /// </summary>
    internal static bool Diverged(ReturnRecord record, StageChange change) =>
        change.Sequence >= 1 && change.Sequence <= record.Timeline.Count && record.Timeline.Count == record.Sequence
        && record.Timeline[change.Sequence - 1] is var entry
        && (entry.At != change.At || entry.Stage != change.Stage || entry.Note != change.Note);

    internal static ReturnRecord Apply(ReturnRecord record, StageChange change) => record with
    {
        Stage = change.Stage,
        UpdatedAt = change.At,
        Sequence = change.Sequence,
        Timeline = [.. record.Timeline, new TimelineEntry(change.Stage, change.At, change.Note), .. (change.MoreNotes ?? []).Select(n => new TimelineEntry(change.Stage, change.At, n))],
        Receipt = change.Receipt ?? record.Receipt,
        Inspection = change.Inspection ?? record.Inspection,
        Route = change.Route ?? record.Route,
        DecisionNote = change.DecisionNote ?? record.DecisionNote,
        Attention = change.Attention ?? (change.StageChanged ? null : record.Attention),
    };

    private static IntegrationEvent ToEvent(ReturnRecord record, StageChange change) => new(
        Id: $"{record.ReturnId}-{change.Sequence}",
        Type: $"returns.return.{change.Stage}",
        Subject: $"returns/{record.ReturnId}",
        Time: change.At,
        Data: JsonSerializer.Serialize(new
        {
            returnId = record.ReturnId,
            orderNumber = record.OrderNumber,
            stage = change.Stage,
            note = change.Note,
            resolution = record.Resolution,
            lines = record.Lines.Select(l => new { l.Sku, l.Quantity, l.Reason }),
        }, JsonSerializerOptions.Web));
}
