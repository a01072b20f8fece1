using Microsoft.DurableTask;
using Returns.Orchestrations.Backoffice;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Puts every inspected unit into the returned-stock ledger with its grade and the disposition the table gives for
/// its grade, category and return reason (or the warehouse's override), awaiting that disposition where it was
/// received. Units are numbered per SKU in inspection order, so a retry writes the same rows.
/// </summary>
public sealed class RecordReturnedStock(
    ReturnContextLoader loader, BackofficeRulesSource rules, IStockLedger stock, TimeProvider clock)
    : TaskActivity<string, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, string returnId)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(returnId);
        var hubId = record.RouteDecision?.ChosenOption.HubId;
        var location = hubId ?? record.Receipt?.Location ?? "seller warehouse";
        var units = 0;
        foreach (var group in (record.Inspection ?? []).GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase))
        {
            var line = record.FindLine(group.Key);
            var category = order.FindLine(group.Key)?.Category;
            var unit = 0;
            foreach (var inspected in group)
            {
                var match = rules.Dispositions.For(inspected.Grade, category, line?.Reason);
                for (var i = 0; i < inspected.Quantity; i++)
                {
                    await stock.RecordAsync(new StockUnit(
                        returnId, group.Key, ++unit, inspected.Grade, match.Disposition, inspected.Disposition, location,
                        StockStatuses.AwaitingDisposition, 0, record.Currency, clock.GetUtcNow(), inspected.Notes));
                    units++;
                }
            }
        }

        return units;
    }
}
