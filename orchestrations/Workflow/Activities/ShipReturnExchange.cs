using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>Ships the replacement for an exchange once; the label carrier issues its tracking number.</summary>
public sealed class ShipReturnExchange(ReturnContextLoader loader, IReturnStore returns, ILabelCarrier carrier, TimeProvider clock)
    : TaskActivity<SettlementRequest, ExchangeShipment>
{
    public override async Task<ExchangeShipment> RunAsync(TaskActivityContext context, SettlementRequest request)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(request.ReturnId);
        if (record.Exchange is { } shipped)
            return shipped;

        var sku = record.ExchangeSku ?? record.Lines[0].Sku;
        var quantity = record.Lines.Sum(l => l.Quantity);
        var label = await carrier.IssueAsync(new LabelRequest(
            $"{record.ReturnId}-X", order.OrderNumber, order.ShipFrom, order.ShipTo, 500, quantity, record.CrossBorder, clock.GetUtcNow()));
        var shipment = new ExchangeShipment(sku, quantity, label.Info.Carrier, label.Info.TrackingNumber, clock.GetUtcNow());
        await returns.SaveAsync(record with { Exchange = shipment });
        return shipment;
    }
}
