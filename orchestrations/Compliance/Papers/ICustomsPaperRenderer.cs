using Returns.Orchestrations.Compliance.Claims;

namespace Returns.Orchestrations.Compliance.Papers;

/// <summary>Renders the PDFs of the compliance side: customs papers for a return and the merchant's claim pack.</summary>
public interface ICustomsPaperRenderer
{
    byte[] CommercialInvoice(CustomsPaper paper);

    byte[] PackingList(CustomsPaper paper);

    byte[] ClaimPack(TaxClaimAssessment assessment);
}
