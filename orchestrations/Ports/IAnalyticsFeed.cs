using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Ports;

/// <summary>
/// Where the workflow, the shop's orders and the warehouse report what changed, for analytics. Neither method throws:
/// analytics never hold up a return or an order, and an update that fails stays pending and is finished later.
/// </summary>
public interface IAnalyticsFeed
{
    /// <summary>Brings the return's facts and aggregates up to date with its stored state; false when it failed.</summary>
    Task<bool> TryRecordReturnAsync(ReturnRecord record, CancellationToken cancellationToken = default);

    /// <summary>Counts an order's sales; <paramref name="previous"/> is the version it replaced, if any. False when it failed.</summary>
    Task<bool> TryRecordOrderAsync(Order? previous, Order order, CancellationToken cancellationToken = default);
}
