using Microsoft.DurableTask.Client;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Workflow;

/// <summary>Confirmation, policy refusal and the merchant's review.</summary>
public sealed class ReturnOrchestratorDecisionTests(WorkflowHostFixture host) : IClassFixture<WorkflowHostFixture>
{
    private static WorkflowTimings Timings(TimeSpan? confirmation = null, TimeSpan? approval = null) => ReturnRun.SlowTimings with
    {
        ConfirmationTimeout = confirmation ?? ReturnRun.SlowTimings.ConfirmationTimeout,
        ApprovalTimeout = approval ?? ReturnRun.SlowTimings.ApprovalTimeout,
    };

    [Fact]
    public async Task ReturnOrchestrator_ConfirmationNotGivenInTime_CancelsWithoutEvaluatingPolicy()
    {
        var run = host.NewRun();
        await run.StartAsync(Timings(confirmation: TimeSpan.FromSeconds(1)));

        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Cancelled, ReturnStages.AwaitingConfirmation, "The confirmation link was not used in time."), outcome);
        Assert.Equal([ReturnStages.AwaitingConfirmation, ReturnStages.Cancelled], run.Scenario.Stages);
        Assert.Equal("The confirmation link was not used in time.", run.Scenario.Change(ReturnStages.Cancelled).Note);
        Assert.Equal(0, run.Scenario.CountOf(nameof(EvaluateReturnPolicy)));
    }

    [Fact]
    public async Task ReturnOrchestrator_PolicyRejects_EndsRejectedWithPolicyReasonAsNote()
    {
        const string reason = "The return window closed on 2025-02-28.";
        var run = host.NewRun();
        run.Scenario.Policy = Canned.Reject(reason);
        await run.StartAsync();

        await run.ConfirmAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Rejected, ReturnStages.AwaitingConfirmation, reason), outcome);
        Assert.Equal([ReturnStages.AwaitingConfirmation, ReturnStages.Rejected], run.Scenario.Stages);
        var rejected = run.Scenario.Change(ReturnStages.Rejected);
        Assert.Equal(reason, rejected.Note);
        Assert.True(rejected.Notify);
        Assert.Equal(0, run.Scenario.CountOf(nameof(PlanReturnRoute)));
        Assert.Equal(0, run.Scenario.CountOf(nameof(IssueReturnLabel)));
        Assert.Equal(0, run.Scenario.CountOf(nameof(IssueReturnRefund)));
    }

    [Fact]
    public async Task ReturnOrchestrator_ReviewThenMerchantApproves_AsksMerchantThenContinuesToLabel()
    {
        var run = host.NewRun();
        run.Scenario.Policy = Canned.Review(approveOnTimeout: false);
        await run.StartAsync();

        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.AwaitingApproval);
        await run.WaitForCallsAsync(nameof(SendReturnReminder));
        Assert.Equal(0, run.Scenario.CountOf(nameof(PlanReturnRoute)));

        // Only a decision ends the review: a second confirmation click or an early scan does not.
        await run.ConfirmAsync("confirmation-again");
        await run.ScanAsync("early-scan", ScanCodes.PickedUp, Canned.At);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal([ReturnStages.AwaitingConfirmation, ReturnStages.AwaitingApproval], run.Scenario.Stages);

        await run.RaiseAsync(ReturnEvent.Decision("decision", Canned.At, approve: true, note: "ok"));
        await run.WaitForStageAsync(ReturnStages.LabelIssued);
        await run.ScanAsync("scan-1", ScanCodes.Delivered, Canned.At.AddDays(2));
        await run.InspectAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Closed, ReturnStages.RefundIssued), outcome);
        Assert.Equal(
            [
                ReturnStages.AwaitingConfirmation, ReturnStages.AwaitingApproval, ReturnStages.Approved, ReturnStages.LabelIssued,
                ReturnStages.Received, ReturnStages.Inspected, ReturnStages.RefundIssued, ReturnStages.Closed,
            ],
            run.Scenario.Stages);
        Assert.Equal(Canned.Review(false).Reason, run.Scenario.Change(ReturnStages.AwaitingApproval).Note);
        var reminder = Assert.Single(run.Scenario.Reminders);
        Assert.Equal(new ReminderRequest(run.Id, ReminderKinds.ApprovalNeeded, 2), reminder);
    }

    [Fact]
    public async Task ReturnOrchestrator_ReviewThenMerchantRejects_EndsRejectedWithMerchantNote()
    {
        const string note = "Worn and washed, see photos.";
        var run = host.NewRun();
        run.Scenario.Policy = Canned.Review(approveOnTimeout: true);
        await run.StartAsync();

        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.AwaitingApproval);
        await run.RaiseAsync(ReturnEvent.Decision("decision", Canned.At, approve: false, note: note));
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Rejected, ReturnStages.AwaitingApproval, note), outcome);
        Assert.Equal([ReturnStages.AwaitingConfirmation, ReturnStages.AwaitingApproval, ReturnStages.Rejected], run.Scenario.Stages);
        var rejected = run.Scenario.Change(ReturnStages.Rejected);
        Assert.Equal(note, rejected.Note);
        Assert.Equal(note, rejected.DecisionNote);
        Assert.Equal(0, run.Scenario.CountOf(nameof(PlanReturnRoute)));
    }

    [Fact]
    public async Task ReturnOrchestrator_MerchantRejectsWithoutNote_UsesDefaultSentence()
    {
        var run = host.NewRun();
        run.Scenario.Policy = Canned.Review(approveOnTimeout: true);
        await run.StartAsync();

        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.AwaitingApproval);
        await run.RaiseAsync(ReturnEvent.Decision("decision", Canned.At, approve: false, note: null));
        var outcome = await run.CompletionAsync();

        Assert.Equal(ReturnStages.Rejected, outcome.FinalStage);
        var rejected = run.Scenario.Change(ReturnStages.Rejected);
        Assert.Equal("The seller declined this return.", rejected.Note);
        Assert.Null(rejected.DecisionNote);
    }

    [Fact]
    public async Task ReturnOrchestrator_ReviewTimesOutWithApproveDefault_Approves()
    {
        var run = host.NewRun();
        run.Scenario.Policy = Canned.Review(approveOnTimeout: true);
        run.Scenario.Route = Canned.Returnless;
        await run.StartAsync(Timings(approval: TimeSpan.FromSeconds(1)));

        await run.ConfirmAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Closed, ReturnStages.RefundIssued), outcome);
        Assert.Equal(
            [ReturnStages.AwaitingConfirmation, ReturnStages.AwaitingApproval, ReturnStages.Approved, ReturnStages.RefundIssued, ReturnStages.Closed],
            run.Scenario.Stages);
        Assert.Equal(1, run.Scenario.CountOf(nameof(PlanReturnRoute)));
    }

    [Fact]
    public async Task ReturnOrchestrator_ReviewTimesOutWithRejectDefault_Rejects()
    {
        var run = host.NewRun();
        run.Scenario.Policy = Canned.Review(approveOnTimeout: false);
        await run.StartAsync(Timings(approval: TimeSpan.FromSeconds(1)));

        await run.ConfirmAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Rejected, ReturnStages.AwaitingApproval, "No decision was made in time; the policy's default applies."), outcome);
        Assert.Equal([ReturnStages.AwaitingConfirmation, ReturnStages.AwaitingApproval, ReturnStages.Rejected], run.Scenario.Stages);
        Assert.Equal("No decision was made in time; the policy's default applies.", run.Scenario.Change(ReturnStages.Rejected).Note);
        Assert.Equal(0, run.Scenario.CountOf(nameof(PlanReturnRoute)));
    }

    [Fact]
    public async Task ReturnOrchestrator_EventsThatDoNotFitTheStage_AreIgnored()
    {
        var run = host.NewRun();
        await run.StartAsync();

        // While it awaits confirmation, an inspection, a scan and a decision mean nothing.
        await run.RaiseAsync(ReturnEvent.ForInspection("early-inspection", Canned.At, Canned.Inspection()));
        await run.ScanAsync("early-scan", ScanCodes.Delivered, Canned.At);
        await run.RaiseAsync(ReturnEvent.Decision("early-decision", Canned.At, approve: false, note: "no"));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal([ReturnStages.AwaitingConfirmation], run.Scenario.Stages);
        Assert.Equal(0, run.Scenario.CountOf(nameof(EvaluateReturnPolicy)));

        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);
        await run.ScanAsync("scan-1", ScanCodes.Delivered, Canned.At.AddDays(2));
        await run.WaitForStageAsync(ReturnStages.Received);

        // The early inspection was not kept for later: the workflow still waits for one.
        await Task.Delay(TimeSpan.FromMilliseconds(750));
        Assert.Equal(OrchestrationRuntimeStatus.Running, await run.RuntimeStatusAsync());
        Assert.Equal(
            [ReturnStages.AwaitingConfirmation, ReturnStages.Approved, ReturnStages.LabelIssued, ReturnStages.Received],
            run.Scenario.Stages);
        Assert.Empty(run.Scenario.Notes);

        await run.InspectAsync();
        var outcome = await run.CompletionAsync();
        Assert.Equal(ReturnStages.Closed, outcome.FinalStage);
        Assert.Equal(1, run.Scenario.CountOf(nameof(EvaluateReturnPolicy)));
    }
}
