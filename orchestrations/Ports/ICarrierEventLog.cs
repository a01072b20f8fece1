namespace Returns.Orchestrations.Ports;

/// <summary>Every carrier event we accepted, kept for audit; the event id makes a repeat detectable.</summary>
public interface ICarrierEventLog
{
    Task<bool> ExistsAsync(string source, string eventId, CancellationToken cancellationToken = default);

    /// <summary>Records the event; false when one with the same id was already recorded.</summary>
    Task<bool> TryRecordAsync(CarrierEventRecord record, CancellationToken cancellationToken = default);

    /// <summary>The events accepted for a return (matched to it when they arrived), without their raw bodies.</summary>
    Task<IReadOnlyList<CarrierEventRecord>> ForReturnAsync(string returnId, CancellationToken cancellationToken = default);
}
