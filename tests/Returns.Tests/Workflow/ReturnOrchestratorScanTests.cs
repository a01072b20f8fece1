using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Workflow;

/// <summary>Carrier scans while the parcel travels: customs, repeats and stragglers.</summary>
public sealed class ReturnOrchestratorScanTests(WorkflowHostFixture host) : IClassFixture<WorkflowHostFixture>
{
    private async Task<ReturnRun> StartWithLabelAsync(int revision = ReturnWorkflowInput.CurrentRevision)
    {
        var run = host.NewRun();
        await run.StartAsync(revision: revision);
        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);
        return run;
    }

    private static async Task FinishAsync(ReturnRun run)
    {
        await run.InspectAsync();
        Assert.Equal(ReturnStages.Closed, (await run.CompletionAsync()).FinalStage);
    }

    [Fact]
    public async Task ReturnOrchestrator_CustomsHoldThenCleared_GoesToCustomsHoldThenInTransit()
    {
        var run = await StartWithLabelAsync();

        await run.ScanAsync("scan-1", ScanCodes.CustomsHold, Canned.At.AddDays(1), "Frankfurt");
        await run.WaitForStageAsync(ReturnStages.CustomsHold);
        await run.ScanAsync("scan-2", ScanCodes.CustomsCleared, Canned.At.AddDays(2), "Frankfurt");
        await run.WaitForStageAsync(ReturnStages.InTransit);
        await run.ScanAsync("scan-3", ScanCodes.Delivered, Canned.At.AddDays(4), "Taipei");
        await run.WaitForStageAsync(ReturnStages.Received);
        await FinishAsync(run);

        Assert.Equal(
            [
                ReturnStages.AwaitingConfirmation, ReturnStages.Approved, ReturnStages.LabelIssued, ReturnStages.CustomsHold,
                ReturnStages.InTransit, ReturnStages.Received, ReturnStages.Inspected, ReturnStages.RefundIssued, ReturnStages.Closed,
            ],
            run.Scenario.Stages);
        Assert.Equal("customs_hold · Frankfurt", run.Scenario.Change(ReturnStages.CustomsHold).Note);
        Assert.Equal("customs_cleared · Frankfurt", run.Scenario.Change(ReturnStages.InTransit).Note);
    }

    [Fact]
    public async Task ReturnOrchestrator_SameScanEventIdTwice_RecordsItOnce()
    {
        var run = await StartWithLabelAsync();
        var scan = ReturnEvent.Scan("aftership:evt-1", Canned.At.AddDays(1), ScanCodes.InTransit, "Leipzig", "Departed hub");

        await run.RaiseAsync(scan);
        await run.RaiseAsync(scan);
        await run.ScanAsync("aftership:evt-2", ScanCodes.OutForDelivery, Canned.At.AddDays(2), "Taipei");
        await run.RaiseAsync(scan);
        await run.ScanAsync("aftership:evt-3", ScanCodes.Delivered, Canned.At.AddDays(3), "Taipei");
        await run.WaitForStageAsync(ReturnStages.Received);
        await FinishAsync(run);

        // The repeats came before "delivered", so by now they have been handled (and dropped).
        var parcelSteps = run.Scenario.Changes
            .SkipWhile(c => c.Stage != ReturnStages.LabelIssued).Skip(1)
            .TakeWhile(c => c.Stage != ReturnStages.Inspected)
            .Select(c => (c.Stage, c.StageChanged, c.Note))
            .ToArray();
        Assert.Equal(
            [
                (ReturnStages.InTransit, true, "in_transit · Leipzig · Departed hub"),
                (ReturnStages.InTransit, false, "out_for_delivery · Taipei"),
                (ReturnStages.Received, true, "delivered · Taipei"),
            ],
            parcelSteps);
    }

    [Fact]
    public async Task ReturnOrchestrator_OlderScanArrivesLate_IsNotedWithoutMovingStageBackwards()
    {
        var run = await StartWithLabelAsync();

        await run.ScanAsync("scan-3", ScanCodes.CustomsCleared, Canned.At.AddDays(3), "Frankfurt");
        await run.WaitForStageAsync(ReturnStages.InTransit);
        // Older scans delivered late by the carrier: customs hold (day 2), pick-up (day 1).
        await run.ScanAsync("scan-2", ScanCodes.CustomsHold, Canned.At.AddDays(2), "Frankfurt");
        await run.ScanAsync("scan-1", ScanCodes.PickedUp, Canned.At.AddDays(1), "Berlin");
        await run.ScanAsync("scan-4", ScanCodes.Delivered, Canned.At.AddDays(4), "Taipei");
        await run.WaitForStageAsync(ReturnStages.Received);
        await FinishAsync(run);

        Assert.Equal(
            [
                ReturnStages.AwaitingConfirmation, ReturnStages.Approved, ReturnStages.LabelIssued, ReturnStages.InTransit,
                ReturnStages.Received, ReturnStages.Inspected, ReturnStages.RefundIssued, ReturnStages.Closed,
            ],
            run.Scenario.Stages);
        Assert.DoesNotContain(ReturnStages.CustomsHold, run.Scenario.Stages);
        Assert.Equal(
            [(ReturnStages.InTransit, "customs_hold · Frankfurt (reported late)"), (ReturnStages.InTransit, "picked_up · Berlin (reported late)")],
            run.Scenario.NoteLines);
    }

    [Fact]
    public async Task ReturnOrchestrator_InstanceOfRevisionZero_DropsLateScanAsItAlwaysDid()
    {
        var run = await StartWithLabelAsync(revision: 0);

        await run.ScanAsync("scan-2", ScanCodes.InTransit, Canned.At.AddDays(2), "Leipzig");
        await run.WaitForStageAsync(ReturnStages.InTransit);
        await run.ScanAsync("scan-1", ScanCodes.PickedUp, Canned.At.AddDays(1), "Berlin");
        await run.ScanAsync("scan-3", ScanCodes.OutForDelivery, Canned.At.AddDays(3), "Taipei");
        await run.WaitUntilAsync(() => run.Scenario.Notes.Count == 1, "the out-for-delivery note");
        await run.ScanAsync("scan-4", ScanCodes.Delivered, Canned.At.AddDays(4), "Taipei");
        await run.WaitForStageAsync(ReturnStages.Received);
        await FinishAsync(run);

        var note = Assert.Single(run.Scenario.Notes);
        Assert.Equal(("out_for_delivery · Taipei", null), (note.Note, note.MoreNotes));
    }

    [Fact]
    public async Task ReturnOrchestrator_BurstOfScans_NotesEveryScanOnceInOrder()
    {
        var run = await StartWithLabelAsync();
        await run.ScanAsync("scan-0", ScanCodes.PickedUp, Canned.At, "Berlin");
        await run.WaitForStageAsync(ReturnStages.InTransit);

        // Raised back to back: while the first note is being recorded the others arrive and are recorded together.
        var ids = Enumerable.Range(1, 12).Select(i => $"scan-{i}").ToArray();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            await run.RaiseAsync(ReturnEvent.Scan(id, Canned.At.AddHours(i + 1), ScanCodes.InTransit, "Hub", id));
        await run.WaitUntilAsync(() => run.Scenario.NoteLines.Count == ids.Length, "a note for every scan");
        await run.ScanAsync("scan-13", ScanCodes.Delivered, Canned.At.AddDays(2), "Taipei");
        await run.WaitForStageAsync(ReturnStages.Received);
        await FinishAsync(run);

        Assert.Equal(ids.Select(id => $"in_transit · Hub · {id}"), run.Scenario.NoteLines.Select(n => n.Note));
        Assert.All(run.Scenario.NoteLines, n => Assert.Equal(ReturnStages.InTransit, n.Stage));
        Assert.True(run.Scenario.Notes.Count <= ids.Length);
    }

    [Fact]
    public async Task ReturnOrchestrator_ScanAfterReceived_IsNotedWithoutChangingStage()
    {
        var run = await StartWithLabelAsync();

        await run.ScanAsync("scan-1", ScanCodes.Delivered, Canned.At.AddDays(3), "Taipei");
        await run.WaitForStageAsync(ReturnStages.Received);
        await run.ScanAsync("scan-2", ScanCodes.OutForDelivery, Canned.At.AddDays(2), "Taipei");
        await run.WaitUntilAsync(() => run.Scenario.Notes.Count == 1, "the note of the late scan");
        await FinishAsync(run);

        Assert.Equal([(ReturnStages.Received, "out_for_delivery · Taipei")], run.Scenario.NoteLines);
    }

    [Fact]
    public async Task ReturnOrchestrator_ExceptionScan_IsNotedWithoutChangingStage()
    {
        var run = await StartWithLabelAsync();

        await run.ScanAsync("scan-1", ScanCodes.InTransit, Canned.At.AddDays(1));
        await run.WaitForStageAsync(ReturnStages.InTransit);
        await run.RaiseAsync(ReturnEvent.Scan("scan-2", Canned.At.AddDays(2), ScanCodes.Exception, "Hub", "Address unreadable"));
        await run.WaitUntilAsync(() => run.Scenario.Notes.Count == 1, "the exception note");
        await run.RaiseAsync(ReturnEvent.ForReceipt("receipt", Canned.Receipt()));
        await run.WaitForStageAsync(ReturnStages.Received);
        await FinishAsync(run);

        var note = Assert.Single(run.Scenario.Notes);
        Assert.Equal((ReturnStages.InTransit, "exception · Hub · Address unreadable", false), (note.Stage, note.Note, note.Notify));
        Assert.Equal(1, run.Scenario.CountOf(nameof(IssueReturnRefund)));
    }

    [Fact]
    public async Task ReturnOrchestrator_ScanStillHeldByADeadHostWhenClosing_NotedFromTheEventLogBeforeClosed()
    {
        var run = await StartWithLabelAsync();
        await run.ScanAsync("scan-2", ScanCodes.Delivered, Canned.At.AddDays(4), "Taipei");
        await run.WaitForStageAsync(ReturnStages.Received);
        // The event log knows a scan the workflow never got (its message was taken by a host that died), and one it got.
        run.Scenario.MissedScans =
        [
            ReturnEvent.Scan("scan-1", Canned.At.AddDays(1), ScanCodes.PickedUp, "Berlin", null),
            ReturnEvent.Scan("scan-2", Canned.At.AddDays(4), ScanCodes.Delivered, "Taipei", null),
        ];

        await FinishAsync(run);

        var noted = Assert.Single(run.Scenario.Notes);
        Assert.Equal("picked_up · Berlin", noted.Note);
        Assert.Equal(ReturnStages.RefundIssued, noted.Stage);
        Assert.Equal(ReturnStages.Closed, run.Scenario.Changes[^1].Stage);
        var asked = Assert.Single(run.Scenario.InputsOf<ScanReconciliation>(nameof(ReconcileCarrierScans)));
        Assert.Contains("scan-2", asked.SeenEventIds);
    }
}
