using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Domain;
using static Returns.Adapters.Documents.CustomsPaperFormat;

namespace Returns.Adapters.Documents;

/// <summary>
/// Renders the compliance PDFs on A4 portrait: the commercial invoice and packing list that travel with a
/// cross-border return, and the merchant's duty and tax claim pack. Captions are English (customs officers read
/// them); names, addresses and descriptions are printed as given, in their own script.
/// </summary>
public sealed class CustomsPaperRenderer : ICustomsPaperRenderer
{
    /// <summary>Printed above the signature on the invoice.</summary>
    public const string Declaration =
        "I declare that the information on this invoice is true and correct and that the goods are returned in the state in which they were exported.";

    /// <summary>What the claim pack says when the estimate is unknown, so the merchant knows where to find it.</summary>
    public const string UnknownEstimate = "amount not known - take it from the import entry";

    private static readonly PdfColumn[] InvoiceColumns =
    [
        new("SKU", 58), new("Description", 100), new("HS code", 50), new("Origin", 30), new("Qty", 24, AlignRight: true),
        new("Unit value", 54, AlignRight: true), new("Total value", 58, AlignRight: true), new("Unit kg", 34, AlignRight: true),
        new("Total kg", 36, AlignRight: true), new("Return reason", 52), new("UN no.", 30),
    ];

    private static readonly PdfColumn[] PackingColumns =
    [
        new("SKU", 70), new("Description", 170), new("Qty", 30, AlignRight: true), new("Unit kg", 45, AlignRight: true),
        new("Total kg", 50, AlignRight: true), new("HS code", 60),
    ];

    public CustomsPaperRenderer()
    {
        EmbeddedFontResolver.Register();
    }

    public byte[] CommercialInvoice(CustomsPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        using var writer = new CustomsPaperWriter($"Commercial invoice {paper.ReturnId}", $"Commercial invoice {paper.ReturnId} - returned goods");
        writer.Title("COMMERCIAL INVOICE", "RETURNED GOODS - NOT A SALE");
        writer.Fields(
        [
            ("Invoice number", paper.ReturnId),
            ("Invoice date", Date(paper.IssuedAt)),
            ("Reason for export", CustomsPaper.ReasonForExport),
            ("Return id", paper.ReturnId),
            ("Original order number", paper.OrderNumber),
            ("Original shipment date", Date(paper.OriginalShipmentDate)),
            ("Outbound tracking number", OrNotProvided(paper.OutboundTrackingNumber)),
            ("Export declaration reference", OrNotProvided(paper.ExportDeclarationRef)),
            ("Incoterm", OrNotProvided(paper.Incoterm)),
            ("Return tracking number", OrNotProvided(paper.ReturnTrackingNumber)),
            ("Currency", paper.Currency.ToUpperInvariant()),
        ], columns: 3);
        writer.Gap(4);
        writer.Addresses([("EXPORTER / SHIPPER", paper.Exporter.ToLines()), ("CONSIGNEE", paper.Consignee.ToLines())]);
        writer.Paragraph("Sold to: (blank for returns)");
        writer.Gap(8);

        writer.Table(InvoiceColumns, paper.Lines.Select(l => (IReadOnlyList<string>)
        [
            l.Sku, l.Description, l.HsCode ?? "MISSING", l.OriginCountry ?? "MISSING", Count(l.Quantity),
            Amount(l.UnitValue, paper.Currency), Amount(l.UnitValue * l.Quantity, paper.Currency),
            Kg(l.UnitWeightGrams), Kg((long)l.UnitWeightGrams * l.Quantity), Words(l.Reason), l.DangerousGoods ?? "",
        ]));
        Totals(writer, paper, ("Total value", Amount(paper.TotalValue, paper.Currency)));

        if (paper.ReliefStatements.Count > 0)
        {
            writer.Box("RELIEF CLAIMED", paper.ReliefStatements);
        }

        DangerousGoods(writer, paper);

        writer.KeepTogether(100);
        writer.BeginBox("DECLARATION");
        writer.Paragraph(Declaration);
        writer.Blanks(["Signature of exporter", "Name (print)", "Date"]);
        writer.EndBox();
        return writer.ToPdf();
    }

    public byte[] PackingList(CustomsPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        using var writer = new CustomsPaperWriter($"Packing list {paper.ReturnId}", $"Packing list {paper.ReturnId} - returned goods");
        writer.Title("PACKING LIST", "RETURNED GOODS");
        writer.Fields(
        [
            ("Return id", paper.ReturnId),
            ("Original order number", paper.OrderNumber),
            ("Date", Date(paper.IssuedAt)),
            ("Reason for export", CustomsPaper.ReasonForExport),
            ("Return tracking number", OrNotProvided(paper.ReturnTrackingNumber)),
        ], columns: 3);
        writer.Gap(4);
        writer.Addresses([("FROM", paper.Exporter.ToLines()), ("TO", paper.Consignee.ToLines())]);

        writer.Table(PackingColumns, paper.Lines.Select(l => (IReadOnlyList<string>)
        [
            l.Sku, l.Description, Count(l.Quantity), Kg(l.UnitWeightGrams), Kg((long)l.UnitWeightGrams * l.Quantity),
            l.HsCode ?? "MISSING",
        ]));
        Totals(writer, paper);
        DangerousGoods(writer, paper);
        return writer.ToPdf();
    }

    public byte[] ClaimPack(TaxClaimAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var recoverable = MoneyText(assessment.Recoverable);
        using var writer = new CustomsPaperWriter($"Claim pack {assessment.ReturnId}", $"Duty and tax claim pack {assessment.ReturnId}");
        writer.Title("DUTY AND TAX RECOVERY - CLAIM PACK", null);
        writer.Fields(
        [
            ("Return id", assessment.ReturnId),
            ("Original order number", assessment.OrderNumber),
            ("Route", $"{assessment.CustomerCountry} \u2192 {assessment.MerchantCountry}"),
            ("Returned value", MoneyText(assessment.ReturnedValue)),
            ("Assessed at", Utc(assessment.AssessedAt)),
            ("Rules version", assessment.RulesVersion),
            ("Recoverable (estimate)", recoverable),
            ("Next deadline", assessment.NextDeadline is { } next ? Date(next) : "none open"),
        ], columns: 3);
        writer.Gap(6);

        if (assessment.Claims.Count == 0)
        {
            writer.Paragraph("Nothing to recover on this return: no duty or tax relief applies.");
        }

        var number = 0;
        foreach (var claim in assessment.Claims)
        {
            Claim(writer, claim, ++number);
        }

        writer.KeepTogether(40);
        writer.BeginBox("TOTAL");
        writer.Paragraph($"Total recoverable (known estimates of claimable claims): {recoverable}", 10, bold: true);
        writer.Paragraph("Claims still to check, or without a known amount, are not in this total.");
        writer.EndBox();
        return writer.ToPdf();
    }

    private static void Claim(CustomsPaperWriter writer, TaxClaim claim, int number)
    {
        writer.BeginBox($"{number}. {claim.Name}");
        writer.Fields(
        [
            ("Jurisdiction", claim.Jurisdiction),
            ("Kind", Words(claim.Kind)),
            ("Status", StatusText(claim.Status)),
            ("Law", claim.Law),
            ("Codes", claim.Codes.Count == 0 ? "none" : string.Join(", ", claim.Codes)),
            ("Estimate", claim.Estimate is { } estimate ? MoneyText(estimate) : UnknownEstimate),
            ("Deadline", claim.Deadline is { } deadline ? Date(deadline) : "no time limit"),
        ], columns: 3);
        Section(writer, "How to claim");
        writer.Paragraph(claim.How);
        Section(writer, "Evidence to keep");
        foreach (var item in claim.Evidence)
        {
            writer.Checkbox(item);
        }

        Section(writer, "Why");
        writer.Paragraph(claim.Explanation);
        Section(writer, "Verification");
        writer.Paragraph(claim.Verification);
        writer.Paragraph("Sources: " + (claim.Sources.Count == 0 ? "none" : string.Join(", ", claim.Sources)));
        writer.EndBox();
    }

    private static void Section(CustomsPaperWriter writer, string caption)
    {
        writer.Gap(3);
        writer.Heading(caption, 7.5);
    }

    private static void Totals(CustomsPaperWriter writer, CustomsPaper paper, params (string Caption, string Value)[] extra)
    {
        writer.Fields(
        [
            .. extra,
            ("Total quantity", Count(paper.Lines.Sum(l => (long)l.Quantity))),
            ("Total weight", Kg(paper.TotalWeightGrams) + " kg"),
            ("Number of packages", "1"),
        ], columns: extra.Length + 3);
        writer.Gap(6);
    }

    private static void DangerousGoods(CustomsPaperWriter writer, CustomsPaper paper)
    {
        if (paper.DangerousGoodsMarks.Count > 0)
        {
            writer.Box("DANGEROUS GOODS", paper.DangerousGoodsMarks);
        }
    }

    private static string MoneyText(Money money) => Amount(money.Amount, money.Currency);

    private static string StatusText(string status) => status switch
    {
        TaxClaimStatuses.Claimable => "Claimable",
        TaxClaimStatuses.Check => "Check - facts missing",
        TaxClaimStatuses.NotApplicable => "Not applicable",
        TaxClaimStatuses.Expired => "Expired - deadline passed",
        _ => Words(status),
    };
}
