using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Workflow;

/// <summary>The replacement ships on the first scan; if the returned goods never arrive, the exchange is compensated.</summary>
public sealed class ReturnOrchestratorInstantExchangeTests(WorkflowHostFixture host) : IClassFixture<WorkflowHostFixture>
{
    [Fact]
    public async Task InstantExchange_FirstScanShipsTheReplacement_ArrivalSettlesItWithoutCompensation()
    {
        var run = host.NewRun(Resolutions.Exchange);
        await run.StartAsync(instantExchange: true);
        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);

        await run.ScanAsync("scan-1", ScanCodes.PickedUp, Canned.At.AddDays(1));
        await run.WaitForCallsAsync(nameof(ShipReturnExchange));
        Assert.DoesNotContain(ReturnStages.Received, run.Scenario.Stages);
        await run.ScanAsync("scan-2", ScanCodes.Delivered, Canned.At.AddDays(4), "Taipei");
        await run.WaitForStageAsync(ReturnStages.Received);
        await run.InspectAsync();
        var outcome = await run.CompletionAsync();

        Assert.Equal(ReturnStages.Closed, outcome.FinalStage);
        Assert.Contains(run.Scenario.Notes, n => n.Note == "Instant exchange: the replacement ships now.");
        Assert.Equal(0, run.Scenario.CountOf(typeof(CompensateInstantExchange).Name));
        Assert.Contains(ReturnStages.ExchangeShipped, run.Scenario.Stages);
    }

    [Fact]
    public async Task InstantExchange_GoodsNeverArrive_TheReplacementIsCharged()
    {
        var run = host.NewRun(Resolutions.Exchange);
        await run.StartAsync(ReturnRun.SlowTimings with { InstantExchangeArrivalTimeout = TimeSpan.FromSeconds(1) }, instantExchange: true);
        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);

        await run.ScanAsync("scan-1", ScanCodes.PickedUp, Canned.At.AddDays(1));

        await run.WaitForCallsAsync(typeof(CompensateInstantExchange).Name);
        Assert.Equal(1, run.Scenario.CountOf(nameof(ShipReturnExchange)));
    }

    [Fact]
    public async Task NoInstantExchange_TheReplacementWaitsForTheInspection()
    {
        var run = host.NewRun(Resolutions.Exchange);
        await run.StartAsync();
        await run.ConfirmAsync();
        await run.WaitForStageAsync(ReturnStages.LabelIssued);

        await run.ScanAsync("scan-1", ScanCodes.PickedUp, Canned.At.AddDays(1));
        await run.WaitForStageAsync(ReturnStages.InTransit);

        Assert.Equal(0, run.Scenario.CountOf(nameof(ShipReturnExchange)));
    }
}
