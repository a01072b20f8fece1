namespace Returns.Orchestrations.Workflow;

/// <summary>
/// What the orchestrator starts with. <paramref name="Settlements"/> lists the resolutions its lines ask for, in
/// settlement order; absent (older instances), the return settles <paramref name="Resolution"/> alone.
/// </summary>
public sealed record ReturnWorkflowInput(string ReturnId, string Resolution, WorkflowTimings Timings, IReadOnlyList<string>? Settlements = null)
{
    /// <summary>The replacement ships on the first carrier scan (<see cref="Exchanges.InstantExchangeOrchestrator"/>).</summary>
    public bool InstantExchange { get; init; }
}
