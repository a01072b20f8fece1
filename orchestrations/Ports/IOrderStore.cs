using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Ports;

public interface IOrderStore
{
    /// <summary>Creates or replaces the order; true when it did not exist before.</summary>
    Task<bool> UpsertAsync(Order order, CancellationToken cancellationToken = default);

    /// <summary>The order by its number in any form the customer types ("#1001", "tw-1001").</summary>
    Task<Order?> GetAsync(string orderNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every order whose email is one of <paramref name="emails"/> (trimmed, case-insensitive), for an erasure request.
    /// Orders are not indexed by email, so this reads them all.
    /// </summary>
    Task<IReadOnlyList<Order>> FindByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default);
}
