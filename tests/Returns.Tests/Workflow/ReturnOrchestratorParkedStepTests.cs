using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Workflow;

/// <summary>
/// A partner that keeps failing after the step's retries: the step is parked for the merchant (a note, the attention
/// flag, one email), retried by itself later or at once on the merchant's retry, and never done twice.
/// </summary>
public sealed class ReturnOrchestratorParkedStepTests(WorkflowHostFixture host) : IClassFixture<WorkflowHostFixture>
{
    private static readonly WorkflowTimings QuickRetries =
        ReturnRun.SlowTimings with { ActivityRetryInterval = TimeSpan.FromMilliseconds(50), ActivityAttempts = 2 };

    [Fact]
    public async Task ReturnOrchestrator_LabelKeepsFailing_ParkedForTheMerchantAndIssuedOnTheMerchantsRetry()
    {
        var run = host.NewRun();
        run.Scenario.LabelFails = true;
        await run.StartAsync(QuickRetries); // the automatic retry is an hour away

        await run.ConfirmAsync();
        await run.WaitUntilAsync(() => run.Scenario.Notes.Any(n => n.Attention is not null), "a parked label");

        var parked = Assert.Single(run.Scenario.Notes, n => n.Attention is not null);
        Assert.Equal(ReturnAttention.Label, parked.Attention!.Step);
        Assert.Equal(1, parked.Attention.Rounds);
        Assert.Contains("Carrier unavailable.", parked.Attention.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Carrier", parked.Note, StringComparison.Ordinal); // the customer sees no partner error
        Assert.Equal(ReturnStages.Approved, parked.Stage);
        await run.WaitUntilAsync(() => run.Scenario.Reminders.Any(), "the merchant's email");
        Assert.Equal(ReminderKinds.StepParked, Assert.Single(run.Scenario.Reminders).Kind);
        Assert.DoesNotContain(ReturnStages.Cancelled, run.Scenario.Stages);

        run.Scenario.LabelFails = false;
        await run.RaiseAsync(ReturnEvent.Retry($"retry-{parked.Sequence}", Canned.At));
        await run.RaiseAsync(ReturnEvent.Retry($"retry-{parked.Sequence}", Canned.At)); // a double click
        await run.WaitForStageAsync(ReturnStages.LabelIssued);

        Assert.Equal(3, run.Scenario.CountOf(nameof(IssueReturnLabel))); // two failed attempts, one on the retry
        Assert.Single(run.Scenario.Reminders);
    }

    [Fact]
    public async Task ReturnOrchestrator_LabelParkedRoundsRunOut_CancelledWithTheSellersNote()
    {
        var run = host.NewRun();
        run.Scenario.LabelFails = true;
        await run.StartAsync(QuickRetries with { ParkedRetryInterval = TimeSpan.FromMilliseconds(200), ParkedAutoRetries = 1 });

        await run.ConfirmAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(ReturnStages.Cancelled, outcome.FinalStage);
        Assert.Equal(4, run.Scenario.CountOf(nameof(IssueReturnLabel))); // two attempts, parked, two attempts
        Assert.Single(run.Scenario.Notes, n => n.Attention is not null);
        Assert.Single(run.Scenario.Reminders, r => r.Kind == ReminderKinds.StepParked);
    }

    [Fact]
    public async Task ReturnOrchestrator_RefundKeepsFailing_WaitsForTheMerchantAfterTheAutomaticRoundsThenPaysOnce()
    {
        var run = host.NewRun();
        var refusing = true;
        run.Scenario.Refund = request => refusing ? throw new InvalidOperationException("Stripe api_error (HTTP 500): try again later") : Canned.RefundFor(request);
        await run.StartAsync(QuickRetries with { ParkedRetryInterval = TimeSpan.FromMilliseconds(100), ParkedAutoRetries = 2 });

        await run.DriveToReceivedByScanAsync();
        await run.InspectAsync();
        // Parked, retried twice by itself, then parked for good: three parked rounds.
        await run.WaitUntilAsync(() => run.Scenario.Notes.Count(n => n.Attention?.Step == ReturnAttention.Refund) == 3, "three parked rounds");
        await Task.Delay(500);
        Assert.Equal(6, run.Scenario.CountOf(nameof(IssueReturnRefund)));
        Assert.Equal(Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Running, await run.RuntimeStatusAsync());
        Assert.DoesNotContain(ReturnStages.RefundIssued, run.Scenario.Stages);
        var last = run.Scenario.Notes.Last(n => n.Attention is not null);
        Assert.Equal(3, last.Attention!.Rounds);
        Assert.Equal(ReturnStages.Inspected, last.Stage);
        Assert.Single(run.Scenario.Reminders, r => r.Kind == ReminderKinds.StepParked);

        refusing = false;
        await run.RaiseAsync(ReturnEvent.Retry($"retry-{last.Sequence}", Canned.At));
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Closed, ReturnStages.RefundIssued), outcome);
        Assert.Equal(7, run.Scenario.CountOf(nameof(IssueReturnRefund)));
        Assert.Single(run.Scenario.Changes, c => c.StageChanged && c.Stage == ReturnStages.RefundIssued);
        // Every call carried the same settlement request: the payment key "{return id}:refund" pays once.
        Assert.All(run.Scenario.InputsOf<SettlementRequest>(nameof(IssueReturnRefund)), r => Assert.Equal(new SettlementRequest(run.Id, Resolutions.Refund), r));
    }

    [Fact]
    public async Task ReturnOrchestrator_RefundProviderDownForAWhile_PaidByTheAutomaticRetryWithoutTheMerchant()
    {
        var run = host.NewRun();
        var calls = 0;
        run.Scenario.Refund = request => Interlocked.Increment(ref calls) <= 3 ? throw new InvalidOperationException("Stripe rate_limit (HTTP 429)") : Canned.RefundFor(request);
        await run.StartAsync(QuickRetries with { ParkedRetryInterval = TimeSpan.FromMilliseconds(100) });

        await run.DriveToReceivedByScanAsync();
        await run.InspectAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(new ReturnOutcome(ReturnStages.Closed, ReturnStages.RefundIssued), outcome);
        Assert.Equal(4, run.Scenario.CountOf(nameof(IssueReturnRefund)));
        Assert.Single(run.Scenario.Notes, n => n.Attention?.Step == ReturnAttention.Refund); // the second round's retry went through
        Assert.Single(run.Scenario.Reminders, r => r.Kind == ReminderKinds.StepParked);
    }
}
