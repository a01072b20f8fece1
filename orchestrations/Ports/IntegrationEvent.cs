namespace Returns.Orchestrations.Ports;

/// <summary>A CloudEvents-shaped event: <see cref="Data"/> is the JSON payload.</summary>
public sealed record IntegrationEvent(string Id, string Type, string Subject, DateTimeOffset Time, string Data);
