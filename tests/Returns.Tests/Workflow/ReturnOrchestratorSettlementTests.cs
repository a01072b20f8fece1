using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Workflow;

/// <summary>Returns that end well: refund, store credit, exchange, returnless refund.</summary>
public sealed class ReturnOrchestratorSettlementTests(WorkflowHostFixture host) : IClassFixture<WorkflowHostFixture>
{
    [Fact]
    public async Task ReturnOrchestrator_RefundWithReceiptAndInspection_WalksEveryStageToClosed()
    {
        var run = host.NewRun(Resolutions.Refund);
        await run.StartAsync();

        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);
        await run.ScanAsync("scan-1", ScanCodes.PickedUp, Canned.At.AddDays(1));
        await run.WaitForStageAsync(ReturnStages.InTransit);
        var receipt = Canned.Receipt();
        await run.RaiseAsync(ReturnEvent.ForReceipt("receipt", receipt));
        await run.WaitForStageAsync(ReturnStages.Received);
        await run.InspectAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Closed, ReturnStages.RefundIssued), outcome);
        Assert.Equal(
            [
                ReturnStages.AwaitingConfirmation, ReturnStages.Approved, ReturnStages.LabelIssued, ReturnStages.InTransit,
                ReturnStages.Received, ReturnStages.Inspected, ReturnStages.RefundIssued, ReturnStages.Closed,
            ],
            run.Scenario.Stages);
        Assert.Empty(run.Scenario.Notes);

        // Every step is numbered 1, 2, 3... for the projection's idempotency, and carries this return's id.
        Assert.Equal(Enumerable.Range(1, 8), run.Scenario.Changes.Select(c => c.Sequence));
        Assert.All(run.Scenario.Changes, c => Assert.Equal(run.Id, c.ReturnId));

        var approved = run.Scenario.Change(ReturnStages.Approved);
        Assert.False(approved.Notify);
        Assert.Equal(RouteKinds.Direct, approved.Route);
        Assert.Equal(Canned.Direct.Reason, approved.Note);
        Assert.Equal($"{Canned.Label.Carrier} {Canned.Label.TrackingNumber}", run.Scenario.Change(ReturnStages.LabelIssued).Note);
        Assert.Equal("picked_up · Berlin", run.Scenario.Change(ReturnStages.InTransit).Note);

        var received = run.Scenario.Change(ReturnStages.Received);
        Assert.Equal("Received at Taipei hub", received.Note);
        Assert.Equal(receipt.Location, received.Receipt?.Location);
        Assert.Equal(receipt.Lines, received.Receipt?.Lines);

        var inspected = run.Scenario.Change(ReturnStages.Inspected);
        Assert.Equal(Canned.Inspection(), inspected.Inspection);
        Assert.Equal("TEE-BLK-M x1 grade A, TEE-BLK-M x1 grade C", inspected.Note);

        Assert.Equal("50.00 EUR (re_" + run.Id + ")", run.Scenario.Change(ReturnStages.RefundIssued).Note);
        Assert.All(run.Scenario.Changes.Where(c => c.Stage != ReturnStages.Approved), c => Assert.True(c.Notify));

        Assert.Equal([run.Id], run.Scenario.InputsOf<string>(nameof(EvaluateReturnPolicy)));
        Assert.Equal([run.Id], run.Scenario.InputsOf<string>(nameof(PlanReturnRoute)));
        Assert.Equal([new IssueLabelRequest(run.Id, ReturnRun.SlowTimings.LabelExpiry)], run.Scenario.InputsOf<IssueLabelRequest>(nameof(IssueReturnLabel)));
        Assert.Equal([new SettlementRequest(run.Id, Resolutions.Refund)], run.Scenario.InputsOf<SettlementRequest>(nameof(IssueReturnRefund)));
        Assert.Equal(0, run.Scenario.CountOf(nameof(ShipReturnExchange)));
        Assert.Equal(0, run.Scenario.CountOf(nameof(SendReturnReminder)));
        Assert.Equal(0, run.Scenario.CountOf(nameof(VoidReturnLabel)));
        Assert.Equal(ReturnStages.Closed, await run.CustomStatusStageAsync());
    }

    [Fact]
    public async Task ReturnOrchestrator_StoreCreditResolution_IssuesCreditThenCloses()
    {
        var run = host.NewRun(Resolutions.StoreCredit);
        await run.StartAsync();

        await run.DriveToReceivedByScanAsync();
        await run.InspectAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Closed, ReturnStages.CreditIssued), outcome);
        Assert.Equal(
            [
                ReturnStages.AwaitingConfirmation, ReturnStages.Approved, ReturnStages.LabelIssued, ReturnStages.Received,
                ReturnStages.Inspected, ReturnStages.CreditIssued, ReturnStages.Closed,
            ],
            run.Scenario.Stages);
        Assert.Equal([new SettlementRequest(run.Id, Resolutions.StoreCredit)], run.Scenario.InputsOf<SettlementRequest>(nameof(IssueReturnRefund)));
        Assert.DoesNotContain(ReturnStages.RefundIssued, run.Scenario.Stages);
    }

    [Fact]
    public async Task ReturnOrchestrator_ExchangeResolution_ShipsReplacementAndIssuesNoRefund()
    {
        var run = host.NewRun(Resolutions.Exchange);
        await run.StartAsync();

        await run.DriveToReceivedByScanAsync();
        await run.InspectAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Closed, ReturnStages.ExchangeShipped), outcome);
        Assert.Equal(
            [
                ReturnStages.AwaitingConfirmation, ReturnStages.Approved, ReturnStages.LabelIssued, ReturnStages.Received,
                ReturnStages.Inspected, ReturnStages.ExchangeShipped, ReturnStages.Closed,
            ],
            run.Scenario.Stages);
        Assert.Equal([new SettlementRequest(run.Id, Resolutions.Exchange)], run.Scenario.InputsOf<SettlementRequest>(nameof(ShipReturnExchange)));
        Assert.Equal("UPS 1Z999AA10123456784", run.Scenario.Change(ReturnStages.ExchangeShipped).Note);
        Assert.Equal(0, run.Scenario.CountOf(nameof(IssueReturnRefund)));
    }

    [Fact]
    public async Task ReturnOrchestrator_DeliveredScanThenWarehouseReceipt_ReceivesOnScanAndNotesTheReceipt()
    {
        var run = host.NewRun();
        await run.StartAsync();

        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);
        await run.ScanAsync("scan-1", ScanCodes.InTransit, Canned.At.AddDays(1));
        await run.WaitForStageAsync(ReturnStages.InTransit);
        await run.ScanAsync("scan-2", ScanCodes.Delivered, Canned.At.AddDays(3), "Taipei");
        await run.WaitForStageAsync(ReturnStages.Received);
        Assert.Null(run.Scenario.Change(ReturnStages.Received).Receipt);

        // The warehouse records what arrived after the carrier already said "delivered".
        await run.RaiseAsync(ReturnEvent.ForReceipt("receipt", Canned.Receipt("Taipei warehouse")));
        await run.WaitUntilAsync(() => run.Scenario.Notes.Count == 1, "the receipt note");
        await run.InspectAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(ReturnStages.Closed, outcome.FinalStage);
        Assert.Equal(
            [
                ReturnStages.AwaitingConfirmation, ReturnStages.Approved, ReturnStages.LabelIssued, ReturnStages.InTransit,
                ReturnStages.Received, ReturnStages.Inspected, ReturnStages.RefundIssued, ReturnStages.Closed,
            ],
            run.Scenario.Stages);
        Assert.Equal("delivered · Taipei", run.Scenario.Change(ReturnStages.Received).Note);
        var note = Assert.Single(run.Scenario.Notes);
        Assert.Equal(ReturnStages.Received, note.Stage);
        Assert.False(note.Notify);
        Assert.Equal("Received at Taipei warehouse", note.Note);
        Assert.Equal("Taipei warehouse", note.Receipt?.Location);
    }

    [Fact]
    public async Task ReturnOrchestrator_ReturnlessRoute_RefundsWithoutLabel()
    {
        var run = host.NewRun();
        run.Scenario.Route = Canned.Returnless;
        await run.StartAsync();

        await run.ConfirmAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Closed, ReturnStages.RefundIssued), outcome);
        Assert.Equal(
            [ReturnStages.AwaitingConfirmation, ReturnStages.Approved, ReturnStages.RefundIssued, ReturnStages.Closed],
            run.Scenario.Stages);
        var approved = run.Scenario.Change(ReturnStages.Approved);
        Assert.Equal(RouteKinds.Returnless, approved.Route);
        Assert.Equal(Canned.Returnless.Reason, approved.Note);
        Assert.Equal(0, run.Scenario.CountOf(nameof(IssueReturnLabel)));
        Assert.Equal([new SettlementRequest(run.Id, Resolutions.Refund)], run.Scenario.InputsOf<SettlementRequest>(nameof(IssueReturnRefund)));
    }
}
