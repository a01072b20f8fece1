using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Returns.Orchestrations.Workflow;

namespace Returns.Functions.Workflow;

/// <summary>The orchestration trigger for <see cref="ReturnOrchestrator"/>, under its class name as both hosts register it.</summary>
public static class ReturnOrchestratorFunction
{
    [Function(nameof(ReturnOrchestrator))]
    public static Task<ReturnOutcome> RunReturnOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ReturnOrchestrator().RunAsync(context, context.GetInput<ReturnWorkflowInput>()!);

    [Function(nameof(Orchestrations.Exchanges.InstantExchangeOrchestrator))]
    public static Task<string> RunInstantExchangeOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new Orchestrations.Exchanges.InstantExchangeOrchestrator().RunAsync(context, context.GetInput<Orchestrations.Exchanges.InstantExchangeInput>()!);
}
