namespace Returns.Orchestrations.Ports;

public sealed record CarrierEventRecord(
    string Source,
    string EventId,
    string TrackingNumber,
    string Code,
    DateTimeOffset OccurredAt,
    string? ReturnId,
    string RawBody)
{
    public string? Location { get; init; }

    public string? Description { get; init; }
}
