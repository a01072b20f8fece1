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

        if (!change.StageChanged)
            return true;

        // Also on a retry whose save was done before: analytics are rebuilt from the stored state, idempotently.
        if (AnalyticsRecorder.Counts(change.Stage))
            await analytics.TryRecordReturnAsync(record);

        if (change.Notify && emails.ForStage(record, change) is { } email)
            await notifier.SendAsync(email);
        await events.PublishAsync(ToEvent(record, change));
        return true;
    }

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
