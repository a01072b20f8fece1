namespace Returns.Orchestrations.Ports;

/// <summary>The local outbox: the emails and integration events that would have left the machine (local host, tests).</summary>
public interface IDevOutbox
{
    /// <summary>Deletes every email to the address (trimmed, case-insensitive); returns how many.</summary>
    Task<int> EraseRecipientAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Removes the free text (notes) from the events of a return; returns how many changed.</summary>
    Task<int> RedactEventsAsync(string returnId, CancellationToken cancellationToken = default);
}
