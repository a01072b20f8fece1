using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Workflow;

/// <summary>Customs papers with the label, the tax-refund helper, and a parcel held at customs.</summary>
public sealed class ReturnOrchestratorCustomsTests(WorkflowHostFixture host) : IClassFixture<WorkflowHostFixture>
{
    private static readonly IReadOnlyList<string> Papers = [CustomsPaperBuilder.CommercialInvoiceKind, CustomsPaperBuilder.PackingListKind];

    private async Task<ReturnRun> StartCrossBorderAsync(WorkflowTimings? timings = null, bool claimsFail = false)
    {
        var run = host.NewRun();
        run.Scenario.Papers = Papers;
        run.Scenario.ClaimsFail = claimsFail;
        await run.StartAsync(timings);
        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);
        return run;
    }

    [Fact]
    public async Task ReturnOrchestrator_CrossBorder_PreparesPapersAndAssessesClaimsBeforeAnnouncingTheLabel()
    {
        var run = await StartCrossBorderAsync();

        var calls = run.Scenario.Calls.Select(c => c.Activity).ToList();
        var announced = run.Scenario.Calls.First(c => c.Input is StageChange { Stage: ReturnStages.LabelIssued }).Order;
        Assert.True(calls.IndexOf(nameof(IssueReturnLabel)) < calls.IndexOf(nameof(PrepareCustomsPapers)));
        Assert.True(run.Scenario.Calls.Single(c => c.Activity == nameof(PrepareCustomsPapers)).Order < announced);
        Assert.True(run.Scenario.Calls.Single(c => c.Activity == nameof(AssessTaxClaims)).Order < announced);
    }

    [Fact]
    public async Task ReturnOrchestrator_Domestic_AsksForPapersAndClaimsWhichFindNone()
    {
        var run = host.NewRun();
        await run.StartAsync();
        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);

        Assert.Equal(1, run.Scenario.CountOf(nameof(PrepareCustomsPapers)));
        Assert.Equal(1, run.Scenario.CountOf(nameof(AssessTaxClaims)));
    }

    [Fact]
    public async Task ReturnOrchestrator_ClaimsAssessmentFails_LabelStillIssuedWithANote()
    {
        var run = await StartCrossBorderAsync(ReturnRun.SlowTimings with { ActivityAttempts = 1 }, claimsFail: true);

        Assert.Contains(run.Scenario.Notes, n => n.Note!.Contains("could not be assessed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReturnOrchestrator_CustomsHold_TellsTheMerchantAndWaitsForClearance()
    {
        var run = await StartCrossBorderAsync();

        await run.ScanAsync("scan-1", ScanCodes.PickedUp, Canned.At.AddDays(1), "Taipei");
        await run.WaitForStageAsync(ReturnStages.InTransit);
        await run.ScanAsync("scan-2", ScanCodes.CustomsHold, Canned.At.AddDays(2), "Frankfurt");
        await run.WaitForStageAsync(ReturnStages.CustomsHold);
        await run.WaitUntilAsync(() => run.Scenario.Reminders.Any(r => r.Kind == ReminderKinds.CustomsHold), "the customs-hold reminder");

        // Movement while held is noted; only the clearance moves the return on.
        await run.ScanAsync("scan-3", ScanCodes.InTransit, Canned.At.AddDays(3), "Frankfurt");
        await run.WaitUntilAsync(() => run.Scenario.Notes.Any(n => n.Note!.StartsWith(ScanCodes.InTransit, StringComparison.Ordinal)), "the in-transit note");
        Assert.Equal(ReturnStages.CustomsHold, run.Scenario.Stages[^1]);

        await run.ScanAsync("scan-4", ScanCodes.CustomsCleared, Canned.At.AddDays(4), "Frankfurt");
        await run.WaitUntilAsync(() => run.Scenario.Stages.Count(s => s == ReturnStages.InTransit) == 2, "in transit again");
        Assert.Equal(0, run.Scenario.Reminders.Count(r => r.Kind == ReminderKinds.CustomsHoldOverdue));
    }

    [Fact]
    public async Task ReturnOrchestrator_CustomsHoldBeyondSla_RemindsTheMerchantOnce()
    {
        var run = await StartCrossBorderAsync(ReturnRun.SlowTimings with { CustomsHoldSla = TimeSpan.FromSeconds(1) });

        await run.ScanAsync("scan-1", ScanCodes.CustomsHold, Canned.At.AddDays(2), "Incheon");
        await run.WaitUntilAsync(() => run.Scenario.Reminders.Any(r => r.Kind == ReminderKinds.CustomsHoldOverdue), "the overdue reminder");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await run.ScanAsync("scan-2", ScanCodes.Delivered, Canned.At.AddDays(9), "Taipei");
        await run.WaitForStageAsync(ReturnStages.Received);

        Assert.Equal(1, run.Scenario.Reminders.Count(r => r.Kind == ReminderKinds.CustomsHoldOverdue));
        Assert.Equal(1, run.Scenario.Reminders.Count(r => r.Kind == ReminderKinds.CustomsHold));
    }
}
