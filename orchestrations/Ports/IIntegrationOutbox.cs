namespace Returns.Orchestrations.Ports;

/// <summary>
/// The transactional outbox of integration events: storing an event is all the workflow waits for; the
/// dispatcher then hands each stored event out as one delivery per destination.
/// </summary>
public interface IIntegrationOutbox
{
    /// <summary>Keeps the event as pending, keyed by its id: storing the same id again changes nothing.</summary>
    Task StoreAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default);

    /// <summary>Stored events not yet turned into deliveries, oldest keys first.</summary>
    Task<IReadOnlyList<OutboundEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps the deliveries of the event still to make (pending or dead; existing ones stay as they are), then takes the
    /// event off the pending list.
    /// </summary>
    Task ScheduleAsync(OutboundEvent outboundEvent, IReadOnlyList<IntegrationDelivery> deliveries, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IntegrationDelivery>> DeliveriesAsync(DeliveryStatus status, int max, CancellationToken cancellationToken = default);

    /// <summary>The delivery reached its destination: it is no longer kept.</summary>
    Task DeliveredAsync(IntegrationDelivery delivery, CancellationToken cancellationToken = default);

    /// <summary>Saves the attempt count, next attempt time and last error of a pending delivery.</summary>
    Task RescheduleAsync(IntegrationDelivery delivery, CancellationToken cancellationToken = default);

    /// <summary>Moves a delivery to the dead letters.</summary>
    Task DeadLetterAsync(IntegrationDelivery delivery, CancellationToken cancellationToken = default);

    /// <summary>Moves a dead letter back to pending, due at <paramref name="at"/>; false when no such dead letter exists.</summary>
    Task<bool> RetryAsync(string deliveryId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes the free text (notes) from the kept events and deliveries of a return; returns how many rows changed.</summary>
    Task<int> RedactAsync(string returnId, CancellationToken cancellationToken = default);
}
