using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>Loads a return and its order for an activity; a missing one is a bug, not a retryable fault.</summary>
public sealed class ReturnContextLoader(IReturnStore returns, IOrderStore orders)
{
    public async Task<ReturnRecord> ReturnAsync(string returnId, CancellationToken cancellationToken = default) =>
        await returns.GetAsync(returnId, cancellationToken)
        ?? throw new InvalidOperationException($"Return {returnId} does not exist.");

    public async Task<(ReturnRecord Return, Order Order)> ReturnAndOrderAsync(string returnId, CancellationToken cancellationToken = default)
    {
        var record = await ReturnAsync(returnId, cancellationToken);
        var order = await orders.GetAsync(record.OrderNumber, cancellationToken)
            ?? throw new InvalidOperationException($"Order {record.OrderNumber} of return {returnId} does not exist.");
        return (record, order);
    }
}
