using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.StoreCredit;

/// <summary>
/// Issues a return's store credit: grants it in the ledger once ("{return id}:storeCredit"), renders the credit note in
/// the customer's language from the entry the ledger keeps, and stores it as the return's "credit-note" document.
/// Repeat-safe: a retry gets the first entry back and writes the same note again.
/// </summary>
public sealed class StoreCreditIssuer(IStoreCredit ledger, ICreditNoteRenderer renderer, IDocumentStore documents, StoreCreditTerms terms)
{
    public const string ContentType = "application/pdf";

    /// <summary>Grants <paramref name="amount"/> (minor units of the return's currency, as the refund calculation gave it) and files the note.</summary>
    public async Task<StoreCreditEntry> IssueAsync(ReturnRecord record, long amount, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var grant = new StoreCreditGrant(
            StoreCreditGrant.IdFor(record.ReturnId), record.Email, record.Currency, amount, terms.BonusPercent, at,
            terms.Validity is { } validity ? at + validity : null, record.ReturnId, record.OrderNumber);
        var entry = await ledger.GrantAsync(grant, cancellationToken);
        var note = renderer.Render(CreditNoteContent.For(record, entry, terms.ShopName));
        await documents.SaveAsync(record.ReturnId, CreditNoteContent.DocumentKind, note, ContentType, cancellationToken);
        return entry;
    }
}
