using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Domain;

public sealed class StageChangeApplyTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 9, 15, 30, 0, TimeSpan.Zero);

    private static ReturnRecord Recorded() => Return() with
    {
        Stage = ReturnStages.LabelIssued,
        Sequence = 3,
        Timeline = [new TimelineEntry(ReturnStages.AwaitingConfirmation, At.AddDays(-2), "Return requested")],
        Route = RouteKinds.Direct,
        Receipt = new ReceiptDetails("Old hub", [new ReceivedLine("TEE-BLK-M", 1)], At.AddDays(-1)),
    };

    [Fact]
    public void Apply_StageChange_SetsStageTimeSequenceAndAppendsTimeline()
    {
        var before = Recorded();

        var after = RecordReturnStage.Apply(before, new StageChange(before.ReturnId, 4, ReturnStages.InTransit, At, true, "picked_up · Berlin"));

        Assert.Equal(ReturnStages.InTransit, after.Stage);
        Assert.Equal(At, after.UpdatedAt);
        Assert.Equal(4, after.Sequence);
        Assert.Equal(
            [before.Timeline[0], new TimelineEntry(ReturnStages.InTransit, At, "picked_up · Berlin")],
            after.Timeline);
        Assert.Equal(ReturnStages.LabelIssued, before.Stage);
        Assert.Single(before.Timeline);
    }

    [Fact]
    public void Apply_NotesRecordedTogether_AppendsEachInOrderUnderOneSequence()
    {
        var before = Recorded();

        var after = RecordReturnStage.Apply(before, new StageChange(before.ReturnId, 4, ReturnStages.LabelIssued, At, false, "in_transit · Leipzig")
        {
            MoreNotes = ["in_transit · Hanover", "out_for_delivery · Taipei"],
        });

        Assert.Equal(4, after.Sequence);
        Assert.Equal(ReturnStages.LabelIssued, after.Stage);
        Assert.Equal(
            [
                before.Timeline[0],
                new TimelineEntry(ReturnStages.LabelIssued, At, "in_transit · Leipzig"),
                new TimelineEntry(ReturnStages.LabelIssued, At, "in_transit · Hanover"),
                new TimelineEntry(ReturnStages.LabelIssued, At, "out_for_delivery · Taipei"),
            ],
            after.Timeline);
    }

    [Fact]
    public void Apply_ChangeWithoutDetails_KeepsEarlierDetails()
    {
        var before = Recorded();

        var after = RecordReturnStage.Apply(before, new StageChange(before.ReturnId, 4, ReturnStages.InTransit, At, true));

        Assert.Same(before.Receipt, after.Receipt);
        Assert.Equal(RouteKinds.Direct, after.Route);
        Assert.Null(after.Inspection);
        Assert.Null(after.DecisionNote);
    }

    [Fact]
    public void Apply_ChangeWithDetails_ReplacesThem()
    {
        var before = Recorded();
        var receipt = new ReceiptDetails("Taipei hub", [new ReceivedLine("TEE-BLK-M", 2)], At);
        IReadOnlyList<InspectedLine> inspection = [new InspectedLine("TEE-BLK-M", 2, "B")];

        var after = RecordReturnStage.Apply(before, new StageChange(before.ReturnId, 4, ReturnStages.Inspected, At, true, "x")
        {
            Receipt = receipt,
            Inspection = inspection,
            Route = RouteKinds.Returnless,
            DecisionNote = "fine",
        });

        Assert.Same(receipt, after.Receipt);
        Assert.Same(inspection, after.Inspection);
        Assert.Equal(RouteKinds.Returnless, after.Route);
        Assert.Equal("fine", after.DecisionNote);
    }

    [Fact]
    public void Apply_Note_AddsTimelineEntryUnderCurrentStage()
    {
        var before = Recorded();

        var after = RecordReturnStage.Apply(before, new StageChange(before.ReturnId, 4, ReturnStages.LabelIssued, At, false, "label_created · Berlin") { Notify = false });

        Assert.Equal(ReturnStages.LabelIssued, after.Stage);
        Assert.Equal(new TimelineEntry(ReturnStages.LabelIssued, At, "label_created · Berlin"), after.Timeline[^1]);
        Assert.Equal(2, after.Timeline.Count);
    }
}
