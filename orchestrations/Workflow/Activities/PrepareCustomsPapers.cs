using Microsoft.DurableTask;
using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Renders the commercial invoice and packing list of a cross-border return into Blob storage and lists them on
/// the return (the tracking page links them). Nothing for a domestic return; repeat-safe.
/// </summary>
public sealed class PrepareCustomsPapers(
    ReturnContextLoader loader,
    IReturnStore returns,
    IDocumentStore documents,
    CustomsPaperBuilder papers,
    ICustomsPaperRenderer renderer,
    TimeProvider clock) : TaskActivity<string, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, string returnId)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(returnId);
        if (!papers.Needed(order))
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
