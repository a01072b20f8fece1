using Microsoft.DurableTask;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Issues the label (PDF in Blob storage, tracking number indexed for carrier scans); repeat-safe. The label
/// is in the customer's language, lists the returned items and says by when to drop the parcel off (issue
/// time plus the workflow's label expiry, which arrives with the request). A hub route's label goes to the hub; the
/// carrier and service are those the route chose, issued by the adapter the carrier names.
/// </summary>
public sealed class IssueReturnLabel(
    ReturnContextLoader loader,
    IReturnStore returns,
    IDocumentStore documents,
    ILabelCarriers carriers,
    RoutingNetworkSource networks,
    DangerousGoodsAssessor dangerousGoods,
    TimeProvider clock) : TaskActivity<IssueLabelRequest, LabelInfo>
{
    public const string DocumentKind = "label";

    public override async Task<LabelInfo> RunAsync(TaskActivityContext context, IssueLabelRequest request)
    {
        var returnId = request.ReturnId;
        var (record, order) = await loader.ReturnAndOrderAsync(returnId);
        if (record.Label is { Voided: false } existing && await documents.GetAsync(returnId, DocumentKind) is not null)
            return existing;

        var weight = record.Lines.Sum(l => (order.FindLine(l.Sku)?.WeightGrams ?? 0) * l.Quantity);
        var now = clock.GetUtcNow();
        var transport = dangerousGoods.Assess(order, record.Lines);
        var route = record.RouteDecision?.ChosenOption;
        var network = await networks.CurrentAsync();
        var hub = network.Hubs.FirstOrDefault(h => h.Id == route?.HubId);
        var offer = network.Carriers.FirstOrDefault(c => c.Id == route?.CarrierId);
        var issued = await carriers.For(offer?.Adapter).IssueAsync(new LabelRequest(
            returnId, order.OrderNumber, order.ShipTo, hub?.Address ?? order.ShipFrom, Math.Max(weight, 100),
            record.Lines.Sum(l => l.Quantity), !string.Equals(order.ShipTo.Country, (hub?.Address ?? order.ShipFrom).Country, StringComparison.OrdinalIgnoreCase), now,
            Locale: record.Locale,
            Items: [.. record.Lines.Select(l => new LabelItem(l.Sku, l.Name, l.Quantity))],
            DropOffBy: now + request.LabelExpiry,
            Transport: transport.HasDangerousGoods ? transport.Mode : null,
            HazardMarks: transport.Marks,
            CarrierId: route?.CarrierId,
            ServiceId: route?.ServiceId));

        await documents.SaveAsync(returnId, DocumentKind, issued.Pdf, "application/pdf");
        await returns.IndexTrackingNumberAsync(issued.Info.TrackingNumber, returnId);
        await returns.SaveAsync(record with
        {
            Label = issued.Info,
            Documents = record.Documents.Contains(DocumentKind) ? record.Documents : [.. record.Documents, DocumentKind],
        });
        return issued.Info;
    }
}
