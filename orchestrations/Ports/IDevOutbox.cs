namespace Returns.Orchestrations.Ports;

/// <summary>The local outbox: the emails and integration events that would have left the machine (local host, tests).</summary>
public interface IDevOutbox
{
    /// <summary>Deletes every email to the address (trimmed, case-insensitive); returns how many.</summary>
    Task<int> EraseRecipientAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Removes the free text (notes) from the events of the returns; returns how many changed.</summary>
    Task<int> RedactEventsAsync(IReadOnlyCollection<string> returnIds, CancellationToken cancellationToken = default);
}
