namespace Returns.Orchestrations.Ports;

/// <summary>
/// One event on its way to one destination ("broker" or a webhook URL), tracked apart from the other
/// destinations so a merchant endpoint that is down delays only its own copy.
/// </summary>
public sealed record IntegrationDelivery(
    string DeliveryId,
    OutboundEvent Event,
    string Destination,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    DeliveryStatus Status);
