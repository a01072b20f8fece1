using Microsoft.DurableTask;

namespace Returns.Orchestrations.Workflow;

/// <summary>
/// The life of one return, from the customer's request to closed. One instance per return; the
/// instance id is the return id. It only coordinates: every side effect is an activity.
/// </summary>
public sealed class ReturnOrchestrator : TaskOrchestrator<ReturnWorkflowInput, ReturnOutcome>
{
    public override Task<ReturnOutcome> RunAsync(TaskOrchestrationContext context, ReturnWorkflowInput input) =>
        new ReturnJourney(context, input).RunAsync();
}
