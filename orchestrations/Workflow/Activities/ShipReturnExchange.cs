using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Ships the replacements of the lines that asked for an exchange (each its chosen variant, else the same item)
/// in one parcel, once; the label carrier issues its tracking number.
/// </summary>
public sealed class ShipReturnExchange(ReturnContextLoader loader, IReturnStore returns, ILabelCarrier carrier, TimeProvider clock)
    : TaskActivity<SettlementRequest, ExchangeShipment>
{
    public override async Task<ExchangeShipment> RunAsync(TaskActivityContext context, SettlementRequest request)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(request.ReturnId);
        if (record.Exchange is { } shipped)
            return shipped;

        var exchanged = record.Lines.Where(l => Resolutions.Of(record, l) == Resolutions.Exchange).ToArray();
        if (exchanged.Length == 0)
            exchanged = [.. record.Lines];
        var items = exchanged
            .Select(l => new ExchangeItem(l.ExchangeSku ?? (exchanged.Length == 1 ? record.ExchangeSku : null) ?? l.Sku, l.Quantity))
            .ToArray();
        var quantity = items.Sum(i => i.Quantity);
        var label = await carrier.IssueAsync(new LabelRequest(
            $"{record.ReturnId}-X", order.OrderNumber, order.ShipFrom, order.ShipTo, 500, quantity, record.CrossBorder, clock.GetUtcNow()));
        var shipment = new ExchangeShipment(items[0].Sku, quantity, label.Info.Carrier, label.Info.TrackingNumber, clock.GetUtcNow(), items);
        await returns.SaveAsync(record with { Exchange = shipment });
        return shipment;
    }
}
