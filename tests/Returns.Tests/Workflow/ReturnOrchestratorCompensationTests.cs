using Microsoft.DurableTask.Client;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Workflow;

/// <summary>What the workflow does when a step keeps failing after its retries.</summary>
public sealed class ReturnOrchestratorCompensationTests(WorkflowHostFixture host) : IClassFixture<WorkflowHostFixture>
{
    private static readonly WorkflowTimings QuickRetries =
        ReturnRun.SlowTimings with { ActivityRetryInterval = TimeSpan.FromMilliseconds(100), ActivityAttempts = 2 };

    [Fact]
    public async Task ReturnOrchestrator_LabelCannotBeIssued_CancelsAfterTheRetriesWithAReadableNote()
    {
        var run = host.NewRun();
        run.Scenario.LabelFails = true;
        await run.StartAsync(QuickRetries with { ParkedAutoRetries = 0 });

        await run.ConfirmAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(ReturnStages.Cancelled, outcome.FinalStage);
        Assert.Contains("label could not be issued", outcome.Note, StringComparison.Ordinal);
        Assert.Equal(2, run.Scenario.CountOf(nameof(IssueReturnLabel)));
        Assert.Equal(0, run.Scenario.CountOf(nameof(VoidReturnLabel)));
    }

    [Fact]
    public async Task ReturnOrchestrator_LabelIssuedButNotAnnounced_VoidsTheLabel()
    {
        var run = host.NewRun();
        run.Scenario.RecordFailsFor = ReturnStages.LabelIssued;
        await run.StartAsync(QuickRetries);

        await run.ConfirmAsync();
        var end = await run.EndAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Failed, end.RuntimeStatus);
        var voided = Assert.Single(run.Scenario.InputsOf<VoidLabelRequest>(nameof(VoidReturnLabel)));
        Assert.Equal(new VoidLabelRequest(run.Id, Canned.Label.TrackingNumber), voided);
        Assert.Equal(2, run.Scenario.Changes.Count(c => c.Stage == ReturnStages.LabelIssued));
    }
}
