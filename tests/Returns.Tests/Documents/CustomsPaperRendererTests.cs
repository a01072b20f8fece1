using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Returns.Adapters.Documents;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Domain;

namespace Returns.Tests.Documents;

public class CustomsPaperRendererTests
{
    private const string Relief =
        "Returned goods relief claimed under Article 203 of Regulation (EU) No 952/2013 (procedure code 6123, additional code F01): the goods were exported from the Union and are returned unaltered.";

    private readonly CustomsPaperRenderer _renderer = new();

    [Fact]
    public void CommercialInvoice_Return_IsA4PdfWithTitledInfo()
    {
        var pdf = _renderer.CommercialInvoice(Paper());

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        using var document = Open(pdf);
        Assert.Equal("Commercial invoice ret-4c1d9e20", document.Info.Title);
        Assert.Equal(595.28, document.Pages[0].Width.Point, 1);
        Assert.Equal(841.89, document.Pages[0].Height.Point, 1);
    }

    [Fact]
    public void CommercialInvoice_Return_ShowsMarkingIdsAndReferences()
    {
        var text = Flat(Poppler.Text(_renderer.CommercialInvoice(Paper())));

        Assert.Contains("COMMERCIAL INVOICE", text);
        Assert.Contains("RETURNED GOODS - NOT A SALE", text);
        Assert.Contains("Reason for export", text);
        Assert.Matches(@"\bRETURN\b", text);
        Assert.Contains("ret-4c1d9e20", text);
        Assert.Contains("SO-200731", text);
        Assert.Contains("JD014600003344556677", text);
        Assert.Contains("24FR00012345678901", text);
        Assert.Contains("RR998877665FR", text);
        Assert.Contains("DAP", text);
        Assert.Contains("2025-10-02", text);
        Assert.Contains("Sold to: (blank for returns)", text);
        Assert.DoesNotContain("not provided", text);
    }

    [Fact]
    public void CommercialInvoice_Lines_ShowHsCodeOriginQuantityValueWeightAndReason()
    {
        var text = Flat(Poppler.Text(_renderer.CommercialInvoice(Paper())));

        Assert.Contains("TS-BLU-M", text);
        Assert.Contains("6109100010", text);
        Assert.Contains("PT", text);
        Assert.Contains("24.90", text); // unit value
        Assert.Contains("49.80", text); // 2 x 24.90
        Assert.Contains("0.180", text); // unit kg
        Assert.Contains("0.360", text); // line kg
        Assert.Contains("Size too small", text);
        Assert.Contains("139.70 EUR", text); // total value
        Assert.Contains("0.980 kg", text); // total weight
        Assert.Contains("Number of packages", text);
    }

    [Fact]
    public void CommercialInvoice_ReliefStatement_IsPrintedInFull()
    {
        var text = Flat(Poppler.Text(_renderer.CommercialInvoice(Paper())));

        Assert.Contains("RELIEF CLAIMED", text);
        Assert.Contains(Relief, text);
        Assert.Contains(CustomsPaperRenderer.Declaration, text);
    }

    [Fact]
    public void CommercialInvoice_LineWithoutHsCode_PrintsMissing()
    {
        var paper = Paper() with { Lines = [Line("SCARF-RED") with { HsCode = null }] };

        var text = Flat(Poppler.Text(_renderer.CommercialInvoice(paper)));

        Assert.Contains("MISSING", text);
    }

    [Fact]
    public void CommercialInvoice_UnknownReferences_PrintsNotProvided()
    {
        var paper = Paper() with { OutboundTrackingNumber = null, ExportDeclarationRef = null };

        var text = Flat(Poppler.Text(_renderer.CommercialInvoice(paper)));

        Assert.Equal(2, Regex.Count(text, "not provided"));
    }

    [Fact]
    public void CommercialInvoice_ChineseAndKoreanNames_ComeOutAsText()
    {
        var paper = Paper() with
        {
            Exporter = new PostalAddress("TW", "林美玲", "台北市", "106", "大安區復興南路一段100號"),
            Consignee = new PostalAddress("KR", "김민준", "서울특별시", "04524", "세종대로 110"),
        };

        var text = Poppler.Text(_renderer.CommercialInvoice(paper));

        Assert.Contains("林美玲", text);
        Assert.Contains("台北市", text);
        Assert.Contains("김민준", text);
        Assert.Contains("서울특별시", text);
    }

    [Fact]
    public void CommercialInvoice_DangerousGoods_ShowsUnNumberAndMarks()
    {
        var paper = Paper() with
        {
            Lines = [Line("PWR-BANK") with { DangerousGoods = "UN3481" }],
            DangerousGoodsMarks = ["UN3481 Lithium ion batteries contained in equipment"],
        };

        var text = Flat(Poppler.Text(_renderer.CommercialInvoice(paper)));

        Assert.Contains("DANGEROUS GOODS", text);
        Assert.Contains("UN3481 Lithium ion batteries contained in equipment", text);
    }

    [Fact]
    public void CommercialInvoice_SixtyLines_SpansPagesAndRepeatsTableHeader()
    {
        var paper = Paper() with { Lines = [.. Enumerable.Range(1, 60).Select(i => Line($"SKU-{i:00}"))] };

        var pdf = _renderer.CommercialInvoice(paper);

        using var document = Open(pdf);
        Assert.True(document.PageCount > 1, $"{document.PageCount} page(s)");
        var second = Flat(Poppler.Text(pdf, 2));
        Assert.Contains("HS code", second);
        Assert.Contains("Unit value", second);
        Assert.Contains($"Page 2 of {document.PageCount}", second);
        var all = Poppler.Text(pdf);
        Assert.All(Enumerable.Range(1, 60), i => Assert.Contains($"SKU-{i:00}", all));
    }

    [Fact]
    public void PackingList_Return_ShowsIdsAddressesLinesTotalsAndMarking()
    {
        var paper = Paper() with { DangerousGoodsMarks = ["UN3481 Lithium ion batteries contained in equipment"] };

        var pdf = _renderer.PackingList(paper);

        var text = Flat(Poppler.Text(pdf));
        Assert.Contains("PACKING LIST", text);
        Assert.Contains("RETURNED GOODS", text);
        Assert.Contains("ret-4c1d9e20", text);
        Assert.Contains("SO-200731", text);
        Assert.Contains("Marie Dubois", text);
        Assert.Contains("Northwind Outfitters GmbH", text);
        Assert.Contains("TS-BLU-M", text);
        Assert.Contains("6109100010", text);
        Assert.Contains("0.360", text);
        Assert.Contains("0.980 kg", text);
        Assert.Contains("UN3481 Lithium ion batteries", text);
        using var document = Open(pdf);
        Assert.Equal("Packing list ret-4c1d9e20", document.Info.Title);
    }

    [Fact]
    public void ClaimPack_TwoClaims_ShowsEachNameDeadlineEvidenceAndTotal()
    {
        var text = Flat(Poppler.Text(_renderer.ClaimPack(Assessment())));

        Assert.Contains("DUTY AND TAX RECOVERY - CLAIM PACK", text);
        Assert.Contains("FR \u2192 DE", text);
        Assert.Contains("rules-2025.11", text);
        Assert.Contains("Returned goods relief (EU)", text);
        Assert.Contains("2028-10-02", text);
        Assert.Contains("Export declaration (MRN) of the original shipment", text);
        Assert.Contains("INF3 information sheet, if customs ask for it", text);
        Assert.Contains("French VAT refund on the import", text);
        Assert.Contains("no time limit", text);
        Assert.Contains(CustomsPaperRenderer.UnknownEstimate, text);
        Assert.Contains("eu-ucc-203, eu-dr-158", text);
        Assert.Contains("Total recoverable (known estimates of claimable claims): 26.54 EUR", text);
    }

    [Fact]
    public void ClaimPack_ManyClaims_Paginates()
    {
        var claim = Assessment().Claims[0];
        var assessment = Assessment() with { Claims = [.. Enumerable.Repeat(claim, 12)] };

        using var document = Open(_renderer.ClaimPack(assessment));

        Assert.True(document.PageCount > 1, $"{document.PageCount} page(s)");
    }

    [Fact]
    public void CommercialInvoice_NullPaper_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _renderer.CommercialInvoice(null!));
    }

    private static CustomsPaper Paper() => new(
        ReturnId: "ret-4c1d9e20",
        OrderNumber: "SO-200731",
        IssuedAt: new DateTimeOffset(2025, 11, 3, 10, 0, 0, TimeSpan.FromHours(1)),
        Currency: "EUR",
        Exporter: new PostalAddress("FR", "Marie Dubois", "Paris", "75011", "12 Rue des Lilas"),
        Consignee: new PostalAddress("DE", "Northwind Outfitters GmbH", "Berlin", "10115", "Invalidenstrasse 5"),
        OriginalShipmentDate: new DateTimeOffset(2025, 10, 2, 8, 0, 0, TimeSpan.Zero),
        OutboundTrackingNumber: "JD014600003344556677",
        ExportDeclarationRef: "24FR00012345678901",
        Incoterm: "DAP",
        ReturnTrackingNumber: "RR998877665FR",
        Lines:
        [
            new("TS-BLU-M", "Organic cotton T-shirt, blue, M", "6109100010", "PT", 2, 2490, 180, "size_too_small"),
            new("JKT-GRN-L", "Waxed cotton jacket, green, L", "6201300000", "GB", 1, 8990, 620, "damaged_in_transit"),
        ],
        ReliefStatements: [Relief],
        DangerousGoodsMarks: []);

    private static CustomsPaperLine Line(string sku) =>
        new(sku, "Merino wool scarf, red", "6117100000", "IT", 1, 3500, 120, "changed_mind");

    private static TaxClaimAssessment Assessment() => new(
        ReturnId: "ret-4c1d9e20",
        OrderNumber: "SO-200731",
        CustomerCountry: "FR",
        MerchantCountry: "DE",
        ReturnedValue: new Money(13970, "EUR"),
        AssessedAt: new DateTimeOffset(2025, 11, 3, 9, 15, 0, TimeSpan.Zero),
        RulesVersion: "rules-2025.11",
        Claims:
        [
            new TaxClaim(
                "eu-rgr", ClaimKinds.ReentryRelief, "EU", "Returned goods relief (EU)", "Regulation (EU) No 952/2013, Article 203",
                ["6123", "F01"], TaxClaimStatuses.Claimable, new Money(2654, "EUR"), new DateOnly(2028, 10, 2),
                "Declare the goods for release for free circulation with procedure code 6123 and the export MRN.",
                ["Export declaration (MRN) of the original shipment", "INF3 information sheet, if customs ask for it"],
                "The goods left the Union less than three years ago and come back unaltered.",
                "Checked against the Union Customs Code.",
                ["eu-ucc-203", "eu-dr-158"]),
            new TaxClaim(
                "fr-vat", ClaimKinds.ImportRefund, "FR", "French VAT refund on the import", "Code des douanes, article 352",
                [], TaxClaimStatuses.Check, null, null,
                "Ask the carrier for the import entry and claim the VAT back from French customs.",
                ["Import entry (DAU) with the VAT paid"],
                "The system does not know whether the customer paid import VAT.",
                "Not verified for this return.",
                []),
        ]);

    private static PdfDocument Open(byte[] pdf) =>
        PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>pdftotext breaks wrapped lines and cells apart: compare with all whitespace runs as one space.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
}
