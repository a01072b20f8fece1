using System.Text.Json;
using Microsoft.DurableTask;
using Moq;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;
using Returns.Tests.Domain;

namespace Returns.Tests.Workflow;

/// <summary>The projection activity: idempotent by sequence, email and event ids derived from it.</summary>
public sealed class RecordReturnStageTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 9, 15, 30, 0, TimeSpan.Zero);

    private readonly Mock<IReturnStore> _returns = new();
    private readonly Mock<INotifier> _notifier = new();
    private readonly Mock<IEventPublisher> _events = new();
    private readonly List<ReturnRecord> _saved = [];
    private readonly List<EmailMessage> _emails = [];
    private readonly List<IntegrationEvent> _published = [];

    public RecordReturnStageTests()
    {
        _returns.Setup(r => r.SaveAsync(It.IsAny<ReturnRecord>(), It.IsAny<CancellationToken>()))
            .Callback<ReturnRecord, CancellationToken>((r, _) => _saved.Add(r)).Returns(Task.CompletedTask);
        _notifier.Setup(n => n.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Callback<EmailMessage, CancellationToken>((m, _) => _emails.Add(m)).Returns(Task.CompletedTask);
        _events.Setup(e => e.PublishAsync(It.IsAny<IntegrationEvent>(), It.IsAny<CancellationToken>()))
            .Callback<IntegrationEvent, CancellationToken>((e, _) => _published.Add(e)).Returns(Task.CompletedTask);
    }

    private Task<bool> RunAsync(ReturnRecord stored, StageChange change)
    {
        _returns.Setup(r => r.GetAsync(stored.ReturnId, It.IsAny<CancellationToken>())).ReturnsAsync(stored);
        var activity = new RecordReturnStage(
            _returns.Object, new ReturnContextLoader(_returns.Object, Mock.Of<IOrderStore>()), DomainSamples.Composer(), _notifier.Object, _events.Object,
            Mock.Of<IAnalyticsFeed>());
        return activity.RunAsync(Mock.Of<TaskActivityContext>(), change);
    }

    private static ReturnRecord Stored(int sequence) => DomainSamples.Return() with { Stage = ReturnStages.LabelIssued, Sequence = sequence };

    [Fact]
    public async Task RunAsync_NewStage_SavesSendsEmailAndPublishesEvent()
    {
        var stored = Stored(3);

        Assert.True(await RunAsync(stored, new StageChange(stored.ReturnId, 4, ReturnStages.InTransit, At, true, "picked_up")));

        var saved = Assert.Single(_saved);
        Assert.Equal((ReturnStages.InTransit, 4), (saved.Stage, saved.Sequence));
        Assert.Equal($"{stored.ReturnId}-4", Assert.Single(_emails).Id);
        var published = Assert.Single(_published);
        Assert.Equal(($"{stored.ReturnId}-4", "returns.return.in_transit", $"returns/{stored.ReturnId}", At), (published.Id, published.Type, published.Subject, published.Time));
        using var data = JsonDocument.Parse(published.Data);
        Assert.Equal(ReturnStages.InTransit, data.RootElement.GetProperty("stage").GetString());
        Assert.Equal("TW-1001", data.RootElement.GetProperty("orderNumber").GetString());
        Assert.Equal("picked_up", data.RootElement.GetProperty("note").GetString());
    }

    [Fact]
    public async Task RunAsync_RetriedStep_DoesNotWriteAgainButResendsWithSameIds()
    {
        var stored = Stored(4);

        await RunAsync(stored, new StageChange(stored.ReturnId, 4, ReturnStages.InTransit, At, true));
        await RunAsync(stored, new StageChange(stored.ReturnId, 3, ReturnStages.LabelIssued, At, true));

        Assert.Empty(_saved);
        Assert.Equal([$"{stored.ReturnId}-4", $"{stored.ReturnId}-3"], _emails.Select(e => e.Id));
        Assert.Equal([$"{stored.ReturnId}-4", $"{stored.ReturnId}-3"], _published.Select(e => e.Id));
    }

    [Fact]
    public async Task RunAsync_Note_SavesTimelineButSendsNothing()
    {
        var stored = Stored(3);

        await RunAsync(stored, new StageChange(stored.ReturnId, 4, ReturnStages.LabelIssued, At, false, "label_created") { Notify = false });

        Assert.Equal("label_created", Assert.Single(_saved).Timeline[^1].Note);
        Assert.Empty(_emails);
        Assert.Empty(_published);
    }

    [Fact]
    public async Task RunAsync_SilentStage_PublishesEventWithoutEmail()
    {
        var stored = Stored(1);

        await RunAsync(stored, new StageChange(stored.ReturnId, 2, ReturnStages.LabelIssued, At, true) { Notify = false });

        Assert.Single(_saved);
        Assert.Empty(_emails);
        Assert.Equal("returns.return.label_issued", Assert.Single(_published).Type);
    }

    [Fact]
    public async Task RunAsync_StepOfALostExecution_ReplacedByTheSavedExecutionsStep()
    {
        // A host projected step 4 (a pick-up scan) and died before the workflow saved its history; the saved execution
        // saw another scan first and made its own step 4 at another time.
        var stored = DomainSamples.Return() with
        {
            Stage = ReturnStages.InTransit,
            Sequence = 4,
            Timeline =
            [
                new TimelineEntry(ReturnStages.AwaitingConfirmation, At.AddHours(-3)), new TimelineEntry(ReturnStages.Approved, At.AddHours(-2)),
                new TimelineEntry(ReturnStages.LabelIssued, At.AddHours(-1)), new TimelineEntry(ReturnStages.InTransit, At, "picked_up · Berlin"),
            ],
        };

        await RunAsync(stored, new StageChange(stored.ReturnId, 4, ReturnStages.InTransit, At.AddSeconds(9), true, "in_transit · Leipzig"));

        var saved = Assert.Single(_saved);
        Assert.Equal(4, saved.Sequence);
        Assert.Equal(4, saved.Timeline.Count);
        Assert.Equal(new TimelineEntry(ReturnStages.InTransit, At.AddSeconds(9), "in_transit · Leipzig"), saved.Timeline[3]);
        // The same stage as the lost step's: its event (same id) already told the right stage.
        Assert.Equal($"{stored.ReturnId}-4", Assert.Single(_published).Id);
        Assert.Null(_published[0].Supersedes);
    }

    [Fact]
    public async Task RunAsync_LostExecutionsStepHadAnotherStage_EventAndEmailSupersedeItUnderANewId()
    {
        // The lost execution moved to in transit on a pick-up scan; the saved one saw the "delivered" scan first.
        var stored = DomainSamples.Return() with
        {
            Stage = ReturnStages.InTransit,
            Sequence = 4,
            Timeline =
            [
                new TimelineEntry(ReturnStages.AwaitingConfirmation, At.AddHours(-3)), new TimelineEntry(ReturnStages.Approved, At.AddHours(-2)),
                new TimelineEntry(ReturnStages.LabelIssued, At.AddHours(-1)), new TimelineEntry(ReturnStages.InTransit, At, "picked_up · Berlin"),
            ],
        };
        var change = new StageChange(stored.ReturnId, 4, ReturnStages.Received, At.AddSeconds(9), true, "delivered · Taipei");

        await RunAsync(stored, change);
        await RunAsync(_saved[^1], change); // the step retried: the same new ids

        Assert.Equal([4], _saved[0].SupersededSteps);
        Assert.Equal(ReturnStages.Received, _saved[0].Stage);
        Assert.All(_published, e => Assert.Equal(($"{stored.ReturnId}-4r", $"{stored.ReturnId}-4", "returns.return.received"), (e.Id, e.Supersedes, e.Type)));
        Assert.All(_emails, m => Assert.Equal($"{stored.ReturnId}-4r", m.Id));
        Assert.Equal(2, _published.Count);
    }

    [Fact]
    public async Task RunAsync_SameStepAgain_NothingSavedTwice()
    {
        var stored = DomainSamples.Return() with
        {
            Stage = ReturnStages.InTransit,
            Sequence = 2,
            Timeline = [new TimelineEntry(ReturnStages.AwaitingConfirmation, At.AddHours(-3)), new TimelineEntry(ReturnStages.InTransit, At, "picked_up · Berlin")],
        };

        await RunAsync(stored, new StageChange(stored.ReturnId, 2, ReturnStages.InTransit, At, true, "picked_up · Berlin"));

        Assert.Empty(_saved);
    }

    [Fact]
    public async Task RunAsync_LostExecutionsStepArrivingAfterTheSavedOnes_ChangesAndSendsNothing()
    {
        // The saved execution (after the restart) projected step 4; the lost one's activity message came back later.
        var stored = DomainSamples.Return() with
        {
            Stage = ReturnStages.Received,
            Sequence = 4,
            Timeline =
            [
                new TimelineEntry(ReturnStages.AwaitingConfirmation, At.AddHours(-3)), new TimelineEntry(ReturnStages.Approved, At.AddHours(-2)),
                new TimelineEntry(ReturnStages.LabelIssued, At.AddHours(-1)), new TimelineEntry(ReturnStages.Received, At.AddSeconds(9), "delivered · Taipei"),
            ],
        };

        await RunAsync(stored, new StageChange(stored.ReturnId, 4, ReturnStages.InTransit, At, true, "picked_up · Berlin"));

        Assert.Empty(_saved);
        Assert.Empty(_published);
        Assert.Empty(_emails);
    }
}
