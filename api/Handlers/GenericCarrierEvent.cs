namespace Returns.Api.Handlers;

/// <summary>The generic carrier webhook body.</summary>
public sealed record GenericCarrierEvent(
    string? EventId,
    string? TrackingNumber,
    string? Code,
    DateTimeOffset? OccurredAt,
    string? Location,
    string? Description);
