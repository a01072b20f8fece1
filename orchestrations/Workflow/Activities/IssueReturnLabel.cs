using Microsoft.DurableTask;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Issues the label (PDF in Blob storage, tracking number indexed for carrier scans); repeat-safe. The label
/// is in the customer's language, lists the returned items and says by when to drop the parcel off (issue
/// time plus the workflow's label expiry, which arrives with the request).
/// </summary>
public sealed class IssueReturnLabel(
    ReturnContextLoader loader,
    IReturnStore returns,
    IDocumentStore documents,
    ILabelCarrier carrier,
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
        var issued = await carrier.IssueAsync(new LabelRequest(
            returnId, order.OrderNumber, order.ShipTo, order.ShipFrom, Math.Max(weight, 100),
            record.Lines.Sum(l => l.Quantity), record.CrossBorder, now,
            Locale: record.Locale,
            Items: [.. record.Lines.Select(l => new LabelItem(l.Sku, l.Name, l.Quantity))],
            DropOffBy: now + request.LabelExpiry,
            Transport: transport.HasDangerousGoods ? transport.Mode : null,
            HazardMarks: transport.Marks));

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
