using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Workflow;

/// <summary>
/// One in-memory Durable Task host per test class: the real <see cref="ReturnOrchestrator"/> with
/// stubbed activities. Tests use unique instance ids, so they never see each other's calls.
/// </summary>
public sealed class WorkflowHostFixture : IAsyncLifetime
{
    private DurableTaskTestHost? _host;

    public ActivityStubs Stubs { get; } = new();

    public DurableTaskClient Client => (_host ?? throw new InvalidOperationException("The host has not started.")).Client;

    public async Task InitializeAsync() =>
        _host = await DurableTaskTestHost.StartAsync(Stubs.Register, new DurableTaskTestHostOptions());

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    /// <summary>A new return with its own instance id and scenario.</summary>
    public ReturnRun NewRun(string resolution = Resolutions.Refund)
    {
        var id = "ret-" + Guid.NewGuid().ToString("N")[..16];
        return new ReturnRun(Client, id, resolution, Stubs.For(id));
    }
}

/// <summary>Drives one orchestration instance and waits on what its stubs recorded.</summary>
public sealed class ReturnRun(DurableTaskClient client, string id, string resolution, WorkflowScenario scenario)
{
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);

    public string Id => id;
    public WorkflowScenario Scenario => scenario;

    /// <summary>Timings long enough that no timer fires during a test that does not wait for one.</summary>
    public static WorkflowTimings SlowTimings { get; } = new(
        ConfirmationTimeout: TimeSpan.FromMinutes(5),
        ApprovalTimeout: TimeSpan.FromMinutes(5),
        LabelReminder: TimeSpan.FromMinutes(4),
        LabelExpiry: TimeSpan.FromMinutes(5),
        InspectionTimeout: TimeSpan.FromMinutes(5));

    /// <summary>Starts the instance as the gateway does (the current revision) unless <paramref name="revision"/> says otherwise.</summary>
    public async Task StartAsync(WorkflowTimings? timings = null, bool instantExchange = false, int revision = ReturnWorkflowInput.CurrentRevision)
    {
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ReturnOrchestrator),
            new ReturnWorkflowInput(id, resolution, timings ?? SlowTimings) { InstantExchange = instantExchange, Revision = revision },
            new StartOrchestrationOptions(id));
        await WaitForStageAsync(ReturnStages.AwaitingConfirmation);
    }

    public Task RaiseAsync(ReturnEvent returnEvent) => client.RaiseEventAsync(id, WorkflowEvents.ReturnEvent, returnEvent);

    public Task ConfirmAsync(string eventId = "confirmation") => RaiseAsync(ReturnEvent.Confirmation(eventId, Canned.At));

    public Task ScanAsync(string eventId, string code, DateTimeOffset at, string? location = "Berlin") =>
        RaiseAsync(ReturnEvent.Scan(eventId, at, code, location, null));

    public Task WaitForStageAsync(string stage) =>
        WaitUntilAsync(() => scenario.Stages.Contains(stage), $"stage {stage}");

    public Task WaitForCallsAsync(string activity, int count = 1) =>
        WaitUntilAsync(() => scenario.CountOf(activity) >= count, $"{count} call(s) of {activity}");

    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + StepTimeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException(
                    $"Return {id} did not reach {what} within {StepTimeout}. Stages so far: [{string.Join(", ", scenario.Stages)}]; " +
                    $"calls: [{string.Join(", ", scenario.Calls.Select(c => c.Activity))}].");
            await Task.Delay(25);
        }
    }

    /// <summary>Confirms, gets the label, and brings the parcel in with a "delivered" scan.</summary>
    public async Task DriveToReceivedByScanAsync()
    {
        await ConfirmAsync();
        await WaitForStageAsync(ReturnStages.LabelIssued);
        await ScanAsync("scan-delivered", ScanCodes.Delivered, Canned.At.AddDays(3));
        await WaitForStageAsync(ReturnStages.Received);
    }

    public async Task InspectAsync(string eventId = "inspection")
    {
        await RaiseAsync(ReturnEvent.ForInspection(eventId, Canned.At.AddDays(6), Canned.Inspection()));
        await WaitForStageAsync(ReturnStages.Inspected);
    }

    /// <summary>Waits for the instance to end, successfully or not.</summary>
    public async Task<OrchestrationMetadata> EndAsync()
    {
        using var timeout = new CancellationTokenSource(StepTimeout);
        return await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>Waits for the instance to complete successfully and returns its output.</summary>
    public async Task<ReturnOutcome> CompletionAsync()
    {
        var metadata = await EndAsync();
        Assert.True(
            metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            $"Return {id} ended {metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorMessage}");
        return metadata.ReadOutputAs<ReturnOutcome>() ?? throw new InvalidOperationException("No output.");
    }

    /// <summary>The stage the orchestrator last published through its custom status.</summary>
    public async Task<string?> CustomStatusStageAsync()
    {
        var metadata = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
        var status = metadata?.ReadCustomStatusAs<JsonElement>();
        return status is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("stage", out var stage) ? stage.GetString() : null;
    }

    public async Task<OrchestrationRuntimeStatus?> RuntimeStatusAsync() =>
        (await client.GetInstanceAsync(id))?.RuntimeStatus;

    public Task SuspendAsync() => client.SuspendInstanceAsync(id, "test");

    public Task ResumeAsync() => client.ResumeInstanceAsync(id, "test");
}
