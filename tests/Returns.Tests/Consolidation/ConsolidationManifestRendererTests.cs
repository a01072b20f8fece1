using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Returns.Adapters.Documents;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Tests.Documents;
using static Returns.Tests.Consolidation.ConsolidationSamples;

namespace Returns.Tests.Consolidation;

/// <summary>The manifest and packing list of a consolidated shipment, read back with poppler's pdftotext.</summary>
public sealed class ConsolidationManifestRendererTests
{
    private readonly ConsolidationManifestRenderer _renderer = new();

    private static ConsolidatedShipment Shipment(int parcels = 2)
    {
        var list = new List<HubParcel>
        {
            new("ret-4c1d9e20", "tw-tpe", "TW-1001", 850, 5_800, "EUR",
            [
                new ConsolidatedLine("TEE-BLK-M", "Tee black M", 2, 2_300, "6109100010", "PT", 200),
                new ConsolidatedLine("MUG-WHT", "Mug white", 1, 1_200, "6912009000", "CN", 450),
            ], At.AddDays(-3)),
            new("ret-7a2b0f11", "tw-tpe", "TW-1002", 1_200, 129_000, "TWD",
            [
                new ConsolidatedLine("JKT-NVY-L", "夾克 海軍藍 L", 1, 129_000, null, "VN", 1_200),
            ], At.AddDays(-1)),
        };
        for (var i = 2; i < parcels; i++)
        {
            list.Add(new HubParcel($"ret-extra{i:000}", "tw-tpe", $"TW-2{i:000}", 300, 1_000, "EUR",
                [new ConsolidatedLine("SOCK-GRY", "Socks grey", 1, 1_000, "6115950000", "TR", 300)], At));
        }

        var freight = ConsolidationDue.Freight(Rule(), list.Sum(p => (long)p.WeightGrams));
        var shares = FreightShares.Split(freight, [.. list.Select(p => p.WeightGrams)]);
        return new ConsolidatedShipment("tw-tpe-ret-4c1d9e20", "tw-tpe", "TW", "DE", At, list, freight, "TWD",
            list.Select((p, i) => (p.ReturnId, Share: shares[i])).ToDictionary(s => s.ReturnId, s => s.Share));
    }

    private static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public void Manifest_Shipment_IsA4PdfWithTitledInfo()
    {
        var pdf = _renderer.Manifest(Shipment(), Hub(), Warehouse);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        using var document = Open(pdf);
        Assert.Equal("Manifest tw-tpe-ret-4c1d9e20", document.Info.Title);
        Assert.Equal(595.28, document.Pages[0].Width.Point, 1);
        Assert.Equal(841.89, document.Pages[0].Height.Point, 1);
    }

    [Fact]
    public void Manifest_Shipment_ShowsHeaderParcelsLinesReliefAndTotals()
    {
        var text = Flat(Poppler.Text(_renderer.Manifest(Shipment(), Hub(), Warehouse)));

        Assert.Contains("CONSOLIDATED RETURN SHIPMENT - MANIFEST", text);
        Assert.Contains("tw-tpe-ret-4c1d9e20", text);
        Assert.Contains("Taipei returns hub (tw-tpe)", text);
        Assert.Contains("TW \u2192 DE", text);
        Assert.Contains("2025-06-02", text);
        Assert.Contains("Shop GmbH returns", text);
        Assert.Contains("Invalidenstr. 1", text);

        // Per parcel: return id, order number, weight, value, freight share.
        Assert.Contains("ret-4c1d9e20", text);
        Assert.Contains("ret-7a2b0f11", text);
        Assert.Contains("TW-1001", text);
        Assert.Contains("TW-1002", text);
        Assert.Contains("0.850", text);
        Assert.Contains("1.200", text);
        Assert.Contains("58.00 EUR", text);
        Assert.Contains("1,290.00 TWD", text);

        // The combined lines with customs data.
        Assert.Contains("6109100010", text);
        Assert.Contains("6912009000", text);
        Assert.Contains("PT", text);
        Assert.Contains("VN", text);
        Assert.Contains("MISSING", text);                      // the jacket has no HS code
        Assert.Contains("46.00 EUR", text);                    // 2 × 23.00
        Assert.Contains("夾克 海軍藍 L", text);

        Assert.Contains("Returned goods: exemption from import charges claimed", text);
        Assert.Contains("TOTALS", text);
        Assert.Contains("2.050 kg", text);
        Assert.Contains("58.00 EUR + 1,290.00 TWD", text);
        Assert.Contains("31.80 TWD", text);                    // freight: 15.00 + 8.00 × 2.1 kg (2 050 g rounded up)
    }

    [Fact]
    public void PackingList_Shipment_ShowsGoodsSummaryReliefAndDeclaration()
    {
        var pdf = _renderer.PackingList(Shipment(), Hub(), Warehouse);
        var text = Flat(Poppler.Text(pdf));

        using var document = Open(pdf);
        Assert.Equal("Packing list tw-tpe-ret-4c1d9e20", document.Info.Title);
        Assert.Contains("PACKING LIST / CUSTOMS DECLARATION", text);
        Assert.Contains("RETURNED GOODS - NOT A SALE", text);
        Assert.Contains("tw-tpe-ret-4c1d9e20", text);
        Assert.Contains("ret-4c1d9e20, ret-7a2b0f11", text);
        Assert.Contains("SUMMARY BY HS CODE AND ORIGIN", text);
        Assert.Contains("6109100010", text);
        Assert.Contains("Returned goods: exemption from import charges claimed", text);
        Assert.Contains("DECLARATION", text);
        Assert.Contains("Signature of exporter", text);
        Assert.Contains("Total quantity", text);
    }

    [Fact]
    public void Manifest_ManyParcels_FlowsOverPagesWithEveryReturn()
    {
        var shipment = Shipment(parcels: 90);

        var pdf = _renderer.Manifest(shipment, Hub(), Warehouse);

        using var document = Open(pdf);
        Assert.True(document.PageCount > 1, "90 parcels should not fit on one page");
        var text = Flat(Poppler.Text(pdf));
        Assert.All(shipment.Parcels, p => Assert.Contains(p.ReturnId, text));
        Assert.Contains($"Page {document.PageCount} of {document.PageCount}", text);
        Assert.Contains("Returned goods: exemption from import charges claimed", text);
    }
}
