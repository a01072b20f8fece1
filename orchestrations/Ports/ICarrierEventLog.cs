namespace Returns.Orchestrations.Ports;

/// <summary>Every carrier event we accepted, kept for audit; the event id makes a repeat detectable.</summary>
public interface ICarrierEventLog
{
    Task<bool> ExistsAsync(string source, string eventId, CancellationToken cancellationToken = default);

    /// <summary>Records the event; false when one with the same id was already recorded.</summary>
    Task<bool> TryRecordAsync(CarrierEventRecord record, CancellationToken cancellationToken = default);

    /// <summary>The events accepted for a return (matched to it when they arrived), without their raw bodies.</summary>
    Task<IReadOnlyList<CarrierEventRecord>> ForReturnAsync(string returnId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Drops the raw payloads (which may name the customer) of the events of a return, found by its id or its tracking
    /// numbers, keeping id, code and times; returns how many were dropped.
    /// </summary>
    Task<int> RedactAsync(string returnId, IReadOnlyCollection<string> trackingNumbers, CancellationToken cancellationToken = default);
}
