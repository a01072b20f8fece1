using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Ships a hub's open batch home in consolidated boxes when it is due (<see cref="ConsolidationDue"/>): per box, one
/// manifest and one packing list / customs declaration for all its parcels, one ledger entry per return with its share
/// of the freight by weight, then the shipment is recorded and its parcels leave the open batch. Returns the number
/// of parcels shipped (0: not due).
/// <para>
/// The destination is the seller's warehouse: the ship-from address of the order of the box's oldest return (every
/// return of one seller goes home to the same place). Repeat-safe: a box is a prefix of the oldest-first batch and its
/// id is the hub plus its oldest return, so a retry makes the same shipment; documents are overwritten, the ledger keeps
/// one entry per return and entry id, and the store one shipment per id. Analytics of each return are updated after.
/// </para>
/// </summary>
public sealed class ShipHubConsolidation(
    RoutingNetworkSource network,
    IHubBatchStore batches,
    ReturnContextLoader loader,
    IConsolidationPaperRenderer renderer,
    IDocumentStore documents,
    ICostLedger ledger,
    IAnalyticsFeed analytics,
    TimeProvider clock) : TaskActivity<string, int>
{
    public const string ManifestKind = "consolidation-manifest";
    public const string PackingListKind = "consolidation-packing-list";

    /// <summary>The carrier name of consolidated freight in the cost ledger.</summary>
    public const string Carrier = "consolidated";

    public static string LedgerEntryId(string shipmentId) => "consolidation-" + shipmentId;

    public override async Task<int> RunAsync(TaskActivityContext context, string hubId)
    {
        var hub = (await network.CurrentAsync()).Hubs.FirstOrDefault(h => string.Equals(h.Id, hubId, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Hub {hubId} is not in the routing network.");
        var now = clock.GetUtcNow();
        var open = ConsolidationDue.OldestFirst(await batches.OpenAsync(hubId));
        var shipped = 0;
        while (ConsolidationDue.NextBox(hub.Consolidation, open, now) is { Count: > 0 } box)
        {
            await ShipAsync(hub, box, now);
            shipped += box.Count;
            var gone = box.Select(p => p.ReturnId).ToHashSet(StringComparer.Ordinal);
            open = [.. open.Where(p => !gone.Contains(p.ReturnId))];
        }

        return shipped;
    }

    private async Task ShipAsync(ReturnHub hub, IReadOnlyList<HubParcel> box, DateTimeOffset now)
    {
        var (_, order) = await loader.ReturnAndOrderAsync(box[0].ReturnId);
        var home = order.ShipFrom;
        var shipmentId = ConsolidationDue.ShipmentId(hub.Id, box);
        var grams = box.Sum(p => (long)p.WeightGrams);
        var freight = ConsolidationDue.Freight(hub.Consolidation, grams);
        var shares = FreightShares.Split(freight, [.. box.Select(p => p.WeightGrams)]);
        var shipment = new ConsolidatedShipment(
            shipmentId, hub.Id, hub.Country, home.Country, now, box, freight, hub.Currency,
            box.Select((p, i) => (p.ReturnId, Share: shares[i])).ToDictionary(s => s.ReturnId, s => s.Share, StringComparer.Ordinal));

        await documents.SaveAsync(shipmentId, ManifestKind, renderer.Manifest(shipment, hub, home), "application/pdf");
        await documents.SaveAsync(shipmentId, PackingListKind, renderer.PackingList(shipment, hub, home), "application/pdf");

        var lane = $"{hub.Country}-{home.Country}";
        for (var i = 0; i < box.Count; i++)
        {
            var parcel = box[i];
            await ledger.PostAsync(new LedgerEntry(
                parcel.ReturnId,
                LedgerEntryId(shipmentId),
                LedgerKinds.ConsolidationShare,
                shares[i],
                hub.Currency,
                now,
                hub.Country,
                Carrier: Carrier,
                Lane: lane,
                WeightGrams: parcel.WeightGrams,
                Note: $"Share by weight of consolidated shipment {shipmentId} ({box.Count} parcels, {grams} g)"));
        }

        await batches.SaveShipmentAsync(shipment);
        // The freight shares arrive after most of these returns closed: their cost figures change now.
        foreach (var parcel in box)
            await analytics.TryRecordReturnAsync(await loader.ReturnAsync(parcel.ReturnId));
    }
}
