namespace Returns.Orchestrations.Ports;

/// <summary>The durable backend's record of workflow instances: their inputs, events, outputs and status.</summary>
public interface IWorkflowHistory
{
    /// <summary>True when the instance exists and has not finished (running, pending or suspended).</summary>
    Task<bool> IsActiveAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a finished instance's history; false when there was none (or it has not finished).</summary>
    Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken = default);
}
