using Microsoft.DurableTask.Client;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Workflow;

/// <summary>The label's life: reminder, expiry and void, and what a scan changes about it.</summary>
public sealed class ReturnOrchestratorLabelTests(WorkflowHostFixture host) : IClassFixture<WorkflowHostFixture>
{
    private static readonly WorkflowTimings ShortLabel = ReturnRun.SlowTimings with
    {
        LabelReminder = TimeSpan.FromSeconds(1),
        LabelExpiry = TimeSpan.FromSeconds(2),
    };

    [Fact]
    public async Task ReturnOrchestrator_LabelNeverScanned_RemindsThenVoidsAndExpires()
    {
        var run = host.NewRun();
        await run.StartAsync(ShortLabel);

        await run.ConfirmAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Expired, ReturnStages.LabelIssued, "The label was not used in time and has been voided."), outcome);
        Assert.Equal([ReturnStages.AwaitingConfirmation, ReturnStages.Approved, ReturnStages.LabelIssued, ReturnStages.Expired], run.Scenario.Stages);
        Assert.Equal(new ReminderRequest(run.Id, ReminderKinds.LabelUnused, 3), Assert.Single(run.Scenario.Reminders));
        Assert.Equal(new VoidLabelRequest(run.Id, Canned.Label.TrackingNumber), Assert.Single(run.Scenario.InputsOf<VoidLabelRequest>(nameof(VoidReturnLabel))));

        // Reminder first, then the void, then the stage.
        var order = run.Scenario.Calls
            .Where(c => c.Activity is nameof(SendReturnReminder) or nameof(VoidReturnLabel)
                || (c.Input is StageChange { Stage: ReturnStages.Expired }))
            .Select(c => c.Activity)
            .ToArray();
        Assert.Equal([nameof(SendReturnReminder), nameof(VoidReturnLabel), nameof(RecordReturnStage)], order);

        var expired = run.Scenario.Change(ReturnStages.Expired);
        Assert.Equal("The label was not used in time and has been voided.", expired.Note);
        Assert.True(expired.At - run.Scenario.Change(ReturnStages.LabelIssued).At >= ShortLabel.LabelExpiry);
        Assert.Equal(0, run.Scenario.CountOf(nameof(IssueReturnRefund)));
    }

    [Fact]
    public async Task ReturnOrchestrator_ReminderNotBeforeExpiry_ExpiresWithoutReminder()
    {
        var run = host.NewRun();
        await run.StartAsync(ShortLabel with { LabelReminder = ShortLabel.LabelExpiry });

        await run.ConfirmAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(ReturnStages.Expired, outcome.FinalStage);
        Assert.Empty(run.Scenario.Reminders);
        Assert.Equal(1, run.Scenario.CountOf(nameof(VoidReturnLabel)));
    }

    [Fact]
    public async Task ReturnOrchestrator_LabelCreatedScanOnly_StillExpires()
    {
        var run = host.NewRun();
        await run.StartAsync(ShortLabel);

        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);
        await run.ScanAsync("scan-created", ScanCodes.LabelCreated, Canned.At.AddHours(1));
        var outcome = await run.CompletionAsync();

        Assert.Equal(ReturnStages.Expired, outcome.FinalStage);
        var note = Assert.Single(run.Scenario.Notes);
        Assert.Equal(ReturnStages.LabelIssued, note.Stage);
        Assert.Equal("label_created · Berlin", note.Note);
        Assert.Equal(1, run.Scenario.CountOf(nameof(VoidReturnLabel)));
    }

    [Fact]
    public async Task ReturnOrchestrator_PickedUpBeforeExpiry_NeitherRemindsNorExpires()
    {
        var run = host.NewRun();
        await run.StartAsync(ShortLabel);

        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);
        await run.ScanAsync("scan-1", ScanCodes.PickedUp, Canned.At.AddDays(1));
        await run.WaitForStageAsync(ReturnStages.InTransit);

        // Well past both the reminder and the expiry.
        await Task.Delay(ShortLabel.LabelExpiry + TimeSpan.FromSeconds(1));
        Assert.Equal(OrchestrationRuntimeStatus.Running, await run.RuntimeStatusAsync());
        Assert.Empty(run.Scenario.Reminders);
        Assert.Equal(0, run.Scenario.CountOf(nameof(VoidReturnLabel)));

        await run.RaiseAsync(ReturnEvent.ForReceipt("receipt", Canned.Receipt()));
        await run.InspectAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(ReturnStages.Closed, outcome.FinalStage);
        Assert.DoesNotContain(ReturnStages.Expired, run.Scenario.Stages);
    }

    [Fact]
    public async Task ReturnOrchestrator_ScanRaisedAtReminderDeadline_IsNotLost()
    {
        var run = host.NewRun();
        await run.StartAsync(ReturnRun.SlowTimings with { LabelReminder = TimeSpan.FromSeconds(1) });

        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);

        // Hold the instance while the reminder timer fires and the scan arrives, so the orchestrator
        // sees both in one episode: the timer wins the race, the scan must still be delivered.
        await run.SuspendAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await run.ScanAsync("scan-at-deadline", ScanCodes.PickedUp, Canned.At.AddDays(1));
        await run.ResumeAsync();

        await run.WaitForStageAsync(ReturnStages.InTransit);
        Assert.Equal(new ReminderRequest(run.Id, ReminderKinds.LabelUnused, 3), Assert.Single(run.Scenario.Reminders));
        await run.RaiseAsync(ReturnEvent.ForReceipt("receipt", Canned.Receipt()));
        await run.InspectAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(ReturnStages.Closed, outcome.FinalStage);
        Assert.Equal(0, run.Scenario.CountOf(nameof(VoidReturnLabel)));
    }
}
