using Microsoft.DurableTask.Client;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Workflow;

/// <summary>The wait for the warehouse's inspection.</summary>
public sealed class ReturnOrchestratorInspectionTests(WorkflowHostFixture host) : IClassFixture<WorkflowHostFixture>
{
    [Fact]
    public async Task ReturnOrchestrator_InspectionLate_RemindsMerchantUpToTheLimit()
    {
        var timings = ReturnRun.SlowTimings with { InspectionTimeout = TimeSpan.FromSeconds(1), MaxInspectionReminders = 2 };
        var run = host.NewRun();
        await run.StartAsync(timings);

        await run.DriveToReceivedByScanAsync();
        await run.WaitUntilAsync(() => run.Scenario.Reminders.Count >= 2, "two inspection reminders");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(OrchestrationRuntimeStatus.Running, await run.RuntimeStatusAsync());
        await run.InspectAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(ReturnStages.Closed, outcome.FinalStage);
        Assert.Equal(2, run.Scenario.Reminders.Count);
        Assert.All(run.Scenario.Reminders, r => Assert.Equal((run.Id, ReminderKinds.InspectionLate), (r.ReturnId, r.Kind)));
        Assert.Equal(Enumerable.Range(1, run.Scenario.Reminders.Count), run.Scenario.Reminders.Select(r => r.Attempt));
        Assert.Equal(
            [
                ReturnStages.AwaitingConfirmation, ReturnStages.Approved, ReturnStages.LabelIssued, ReturnStages.Received,
                ReturnStages.Inspected, ReturnStages.RefundIssued, ReturnStages.Closed,
            ],
            run.Scenario.Stages);
    }

    [Fact]
    public async Task ReturnOrchestrator_InspectionInTime_SendsNoReminder()
    {
        var timings = ReturnRun.SlowTimings with { InspectionTimeout = TimeSpan.FromSeconds(3) };
        var run = host.NewRun();
        await run.StartAsync(timings);

        await run.DriveToReceivedByScanAsync();
        await run.InspectAsync();
        await run.CompletionAsync();

        Assert.Empty(run.Scenario.Reminders);
    }

    [Fact]
    public async Task ReturnOrchestrator_NoInspectionRemindersAllowed_WaitsQuietly()
    {
        var timings = ReturnRun.SlowTimings with { InspectionTimeout = TimeSpan.FromMilliseconds(300), MaxInspectionReminders = 0 };
        var run = host.NewRun();
        await run.StartAsync(timings);

        await run.DriveToReceivedByScanAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await run.InspectAsync();
        await run.CompletionAsync();

        Assert.Empty(run.Scenario.Reminders);
    }

    [Fact]
    public async Task ReturnOrchestrator_ReceiptBeforeItMakesSense_StillCountsWhenItArrivesAgainLater()
    {
        var run = host.NewRun();
        await run.StartAsync();

        await run.RaiseAsync(ReturnEvent.ForReceipt("receipt", Canned.Receipt()));
        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);
        await run.RaiseAsync(ReturnEvent.ForReceipt("receipt", Canned.Receipt()));
        await run.WaitForStageAsync(ReturnStages.Received);
        await run.InspectAsync();

        Assert.Equal(ReturnStages.Closed, (await run.CompletionAsync()).FinalStage);
    }
}
