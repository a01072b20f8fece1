using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Workflow;

/// <summary>The law's refund deadline: the merchant is warned before it when the inspection (and so the refund) is late.</summary>
public sealed class ReturnOrchestratorRefundDeadlineTests(WorkflowHostFixture host) : IClassFixture<WorkflowHostFixture>
{
    [Fact]
    public async Task ReturnOrchestrator_KoreanThreeBusinessDays_WarnsTheMerchantOnceBeforeTheDeadline()
    {
        var run = host.NewRun();
        run.Scenario.Policy = Canned.Approve with { RefundDeadline = new RefundDeadline(3, WindowUnits.BusinessDays, RefundClocks.GoodsReceived) };
        // A warning period longer than the deadline: the warning goes out as soon as the parcel is received.
        await run.StartAsync(ReturnRun.SlowTimings with { RefundDeadlineWarning = TimeSpan.FromDays(30) });

        await run.DriveToReceivedByScanAsync();
        await run.WaitUntilAsync(() => run.Scenario.Reminders.Any(r => r.Kind == ReminderKinds.RefundDeadlineNear), "the refund-deadline warning");
        await run.InspectAsync();
        await run.CompletionAsync();

        var warning = Assert.Single(run.Scenario.Reminders, r => r.Kind == ReminderKinds.RefundDeadlineNear);
        var received = run.Scenario.Change(ReturnStages.Received).At;
        Assert.Equal(StatutoryWindows.DueBy(new RefundDeadline(3, WindowUnits.BusinessDays, RefundClocks.GoodsReceived), received), warning.DueBy);
    }

    [Fact]
    public async Task ReturnOrchestrator_NoStatutoryDeadline_NoWarning()
    {
        var run = host.NewRun();
        await run.StartAsync(ReturnRun.SlowTimings with { RefundDeadlineWarning = TimeSpan.FromDays(30) });

        await run.DriveToReceivedByScanAsync();
        await run.InspectAsync();
        await run.CompletionAsync();

        Assert.DoesNotContain(run.Scenario.Reminders, r => r.Kind == ReminderKinds.RefundDeadlineNear);
    }

    [Fact]
    public async Task ReturnOrchestrator_ReceiptFlaggedMissingItems_TellsTheMerchantAndWaitsForTheInspection()
    {
        var run = host.NewRun();
        await run.StartAsync();
        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);

        await run.RaiseAsync(ReturnEvent.ForReceipt("receipt", Canned.Receipt() with { Flags = [ReceiptFlags.MissingItems], Note = "one tee short" }));
        await run.WaitUntilAsync(() => run.Scenario.Reminders.Any(r => r.Kind == ReminderKinds.ReceiptDiscrepancy), "the discrepancy notice");
        await run.InspectAsync();
        await run.CompletionAsync();

        Assert.Contains(run.Scenario.Notes, n => n.Note == "Flagged on receipt: missing_items (one tee short)");
        Assert.Single(run.Scenario.Reminders, r => r.Kind == ReminderKinds.ReceiptDiscrepancy);
    }
}
