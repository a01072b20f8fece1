using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Ports;

public interface IReturnStore
{
    Task<ReturnRecord?> GetAsync(string returnId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a new return unless an active return of the same order with the same lines exists
    /// (<paramref name="requestKey"/>), in which case that one is returned and nothing is written.
    /// </summary>
    Task<ReturnCreation> CreateAsync(ReturnRecord record, string requestKey, CancellationToken cancellationToken = default);

    /// <summary>Writes the workflow's projection of a return (the workflow is its only writer).</summary>
    Task SaveAsync(ReturnRecord record, CancellationToken cancellationToken = default);

    /// <summary>All returns of one order, for the quantities still returnable.</summary>
    Task<IReadOnlyList<ReturnRecord>> ListByOrderAsync(string orderNumber, CancellationToken cancellationToken = default);

    Task<ReturnPage> SearchAsync(ReturnQuery query, CancellationToken cancellationToken = default);

    Task IndexTrackingNumberAsync(string trackingNumber, string returnId, CancellationToken cancellationToken = default);

    Task<string?> FindByTrackingNumberAsync(string trackingNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every return whose email is one of <paramref name="emails"/> (trimmed, case-insensitive), for an erasure request.
    /// Returns are not indexed by email, so this reads them all.
    /// </summary>
    Task<IReadOnlyList<ReturnRecord>> FindByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default);
}
