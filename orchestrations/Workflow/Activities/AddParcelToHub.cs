using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Consolidation;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Puts a return received at a hub into the hub's open batch, to ship home consolidated: its weight (the order lines'
/// unit weights times the quantities returned, at least <see cref="MinimumWeightGrams"/>), its value at the prices
/// paid, and its lines with their customs data. Repeat-safe: the batch keeps the first copy of a return.
/// The caller then raises <see cref="HubConsolidationOrchestrator.ParcelAddedEvent"/> on the hub's process.
/// </summary>
public sealed class AddParcelToHub(ReturnContextLoader loader, IHubBatchStore batches, TimeProvider clock)
    : TaskActivity<HubParcelRequest, bool>
{
    /// <summary>A parcel is never lighter than this (packaging; lines without a weight).</summary>
    public const int MinimumWeightGrams = 100;

    public override async Task<bool> RunAsync(TaskActivityContext context, HubParcelRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (record, order) = await loader.ReturnAndOrderAsync(request.ReturnId);
        await batches.AddAsync(Parcel(record, order, request.HubId, clock.GetUtcNow()));
        return true;
    }

    /// <summary>The parcel of a return; <paramref name="addedAt"/> is when it joined the batch (its age counts from then).</summary>
    public static HubParcel Parcel(ReturnRecord record, Order order, string hubId, DateTimeOffset addedAt)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(order);
        var lines = record.Lines.Select(line =>
        {
            var ordered = order.FindLine(line.Sku);
            return new ConsolidatedLine(
                line.Sku,
                line.Name,
                line.Quantity,
                line.UnitPrice,
                line.HsCode ?? ordered?.HsCode,
                line.OriginCountry ?? ordered?.OriginCountry,
                ordered?.WeightGrams ?? 0);
        }).ToArray();

        var grams = lines.Sum(l => (long)l.UnitWeightGrams * l.Quantity);
        var weight = (int)Math.Clamp(grams, MinimumWeightGrams, int.MaxValue);
        return new HubParcel(record.ReturnId, hubId, record.OrderNumber, weight, record.ReturnedValue().Amount, record.Currency, lines, addedAt);
    }
}
