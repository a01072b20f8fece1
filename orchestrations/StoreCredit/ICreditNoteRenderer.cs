namespace Returns.Orchestrations.StoreCredit;

/// <summary>Renders a store-credit note as a PDF in the customer's language.</summary>
public interface ICreditNoteRenderer
{
    /// <summary>The bytes of the PDF ("application/pdf").</summary>
    byte[] Render(CreditNoteContent content);
}
