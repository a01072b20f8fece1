using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Privacy;

namespace Returns.Api.Handlers;

/// <summary>
/// Saving an order, shared by the shop site's POST /api/orders and the shop platforms' webhooks, so every way an order
/// arrives counts its sales for analytics the same way.
/// </summary>
public sealed class OrderIntake(IOrderStore orders, IAnalyticsFeed analytics)
{
    /// <summary>
    /// The stored order of exactly this number, or null. The store also finds "TW-1001" by "1001"; a platform's "#1001"
    /// is another order than the shop's "TW-1001", so such an alias match is not the previous version.
    /// </summary>
    public async Task<Order?> GetSameAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var found = await orders.GetAsync(orderNumber, cancellationToken);
        return found is not null && OrderNumbers.Normalize(found.OrderNumber) == OrderNumbers.Normalize(orderNumber) ? found : null;
    }

    /// <summary>
    /// Creates or replaces the order (true when new), then marks its sales for analytics. An order whose customer was
    /// erased keeps the pseudonym: a late platform update cannot bring the personal data back.
    /// </summary>
    public async Task<bool> SaveAsync(Order? previous, Order order, CancellationToken cancellationToken)
    {
        if (previous?.ErasedAt is not null && OrderNumbers.Normalize(previous.OrderNumber) == OrderNumbers.Normalize(order.OrderNumber))
            order = PersonalData.KeepErased(order, previous);
        var created = await orders.UpsertAsync(order, cancellationToken);
        // Units sold are the denominator of every return rate.
        await analytics.TryRecordOrderAsync(previous, order, cancellationToken);
        return created;
    }
}
