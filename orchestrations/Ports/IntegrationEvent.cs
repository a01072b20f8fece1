namespace Returns.Orchestrations.Ports;

/// <summary>
/// A CloudEvents-shaped event: <see cref="Data"/> is the JSON payload. <see cref="Supersedes"/> names an event of the
/// same step that a workflow execution lost in a crash published with another stage (the CloudEvents extension
/// attribute "supersedes"): receivers replace that one with this one.
/// </summary>
public sealed record IntegrationEvent(string Id, string Type, string Subject, DateTimeOffset Time, string Data)
{
    public string? Supersedes { get; init; }
}
