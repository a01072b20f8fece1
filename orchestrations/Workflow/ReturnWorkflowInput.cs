namespace Returns.Orchestrations.Workflow;

/// <summary>
/// What the orchestrator starts with. <paramref name="Settlements"/> lists the resolutions its lines ask for, in
/// settlement order; absent (older instances), the return settles <paramref name="Resolution"/> alone.
/// </summary>
public sealed record ReturnWorkflowInput(string ReturnId, string Resolution, WorkflowTimings Timings, IReadOnlyList<string>? Settlements = null)
{
    /// <summary>The revision new instances start with; see <see cref="Revision"/>.</summary>
    public const int CurrentRevision = 1;

    /// <summary>
    /// Which revision of the workflow's steps this instance follows, so an instance started before a change replays
    /// exactly as it ran. 0 (instances from before revisions): one activity per timeline note, late scans dropped.
    /// 1: carrier scans already waiting are noted in one activity, late scans and scans after receipt are noted.
    /// </summary>
    public int Revision { get; init; }

    /// <summary>The replacement ships on the first carrier scan (<see cref="Exchanges.InstantExchangeOrchestrator"/>).</summary>
    public bool InstantExchange { get; init; }
}
