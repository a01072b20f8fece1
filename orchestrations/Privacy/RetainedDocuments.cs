using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.StoreCredit;

namespace Returns.Orchestrations.Privacy;

/// <summary>
/// The documents of an erased return that are accounting or customs records (credit note, commercial invoice, packing
/// list): re-issued from the erased return and order, so they keep every figure, reference and date (the original
/// issue time) but name the customer by the pseudonym and their country only. A paper that cannot be re-issued (its
/// order or credit grant is gone) is deleted rather than kept with the customer's name.
/// </summary>
public sealed class RetainedDocuments(
    IDocumentStore documents,
    IStoreCredit credit,
    CustomsPaperBuilder papers,
    ICustomsPaperRenderer customsRenderer,
    ICreditNoteRenderer creditNoteRenderer,
    StoreCreditTerms terms)
{
    private const string Pdf = "application/pdf";

    /// <param name="erased">The return as erasure leaves it.</param>
    /// <param name="erasedOrder">Its order as erasure leaves it; null when gone.</param>
    /// <param name="key">The customer (the credit grant is kept under the pseudonym by then).</param>
    public async Task ReissueAsync(ReturnRecord erased, Order? erasedOrder, CustomerKey key, ErasureCounts counts, CancellationToken cancellationToken)
    {
        foreach (var kind in new[] { CustomsPaperBuilder.CommercialInvoiceKind, CustomsPaperBuilder.PackingListKind })
        {
            if (await documents.GetAsync(erased.ReturnId, kind, cancellationToken) is not { } original)
                continue;
            if (erasedOrder is null)
            {
                await DeleteAsync(erased.ReturnId, kind, counts, cancellationToken);
                continue;
            }

            var paper = papers.Build(erasedOrder, erased, original.SavedAt ?? erased.UpdatedAt);
            var pdf = kind == CustomsPaperBuilder.CommercialInvoiceKind ? customsRenderer.CommercialInvoice(paper) : customsRenderer.PackingList(paper);
            await documents.SaveAsync(erased.ReturnId, kind, pdf, Pdf, cancellationToken);
            counts.Retained[ErasureKinds.CustomsPapers]++;
        }

        if (await documents.GetAsync(erased.ReturnId, CreditNoteContent.DocumentKind, cancellationToken) is null)
            return;
        var grantId = StoreCreditGrant.IdFor(erased.ReturnId);
        var balance = await credit.BalanceAsync(key.PseudonymEmail, erased.Currency, DateTimeOffset.MaxValue, cancellationToken);
        if (balance.Entries.FirstOrDefault(e => e.GrantId == grantId) is not { } entry)
        {
            await DeleteAsync(erased.ReturnId, CreditNoteContent.DocumentKind, counts, cancellationToken);
            return;
        }

        var note = creditNoteRenderer.Render(CreditNoteContent.For(erased, entry, terms.ShopName));
        await documents.SaveAsync(erased.ReturnId, CreditNoteContent.DocumentKind, note, Pdf, cancellationToken);
        counts.Retained[ErasureKinds.CreditNotes]++;
    }

    private async Task DeleteAsync(string returnId, string kind, ErasureCounts counts, CancellationToken cancellationToken)
    {
        if (await documents.DeleteAsync(returnId, kind, cancellationToken))
            counts.Erased[ErasureKinds.Documents]++;
    }
}
