using Microsoft.DurableTask;
using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Renders the commercial invoice and packing list of a parcel that crosses a customs border into Blob storage and
/// lists them on the return (the tracking page links them). Nothing when the parcel stays inside one customs area (a
/// domestic return, or a leg to a hub in the customer's country: the consolidated shipment carries its own papers).
/// Repeat-safe.
/// </summary>
public sealed class PrepareCustomsPapers(
    ReturnContextLoader loader,
    IReturnStore returns,
    IDocumentStore documents,
    CustomsPaperBuilder papers,
    RoutingNetworkSource networks,
    ICustomsPaperRenderer renderer,
    TimeProvider clock) : TaskActivity<string, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, string returnId)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(returnId);
        var hubId = record.RouteDecision?.ChosenOption.HubId;
        var hub = hubId is null ? null : (await networks.CurrentAsync()).Hubs.FirstOrDefault(h => h.Id == hubId);
        if (!papers.Needed(order, hub?.Country ?? order.ShipFrom.Country))
            return [];

        var paper = papers.Build(order, record, clock.GetUtcNow());
        await documents.SaveAsync(returnId, CustomsPaperBuilder.CommercialInvoiceKind, renderer.CommercialInvoice(paper), "application/pdf");
        await documents.SaveAsync(returnId, CustomsPaperBuilder.PackingListKind, renderer.PackingList(paper), "application/pdf");

        string[] kinds = [CustomsPaperBuilder.CommercialInvoiceKind, CustomsPaperBuilder.PackingListKind];
        var latest = await loader.ReturnAsync(returnId);
        if (kinds.Any(k => !latest.Documents.Contains(k)))
            await returns.SaveAsync(latest with { Documents = [.. latest.Documents.Union(kinds)] });
        return kinds;
    }
}
