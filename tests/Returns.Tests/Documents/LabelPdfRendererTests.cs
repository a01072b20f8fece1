using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Returns.Adapters.Documents;

namespace Returns.Tests.Documents;

public class LabelPdfRendererTests
{
    private readonly LabelPdfRenderer _renderer = new();

    [Fact]
    public void Render_CrossBorderLabel_StartsWithPdfHeader()
    {
        var pdf = _renderer.Render(LabelSamples.CrossBorder());

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Render_AnyLabel_OpensAsTwoPagesOf288By432Points(bool crossBorder)
    {
        var content = crossBorder ? LabelSamples.CrossBorder() : LabelSamples.Domestic();

        using var document = Open(_renderer.Render(content));

        // Page 1 is the label, page 2 the instructions; both 4x6 in.
        Assert.Equal(2, document.PageCount);
        foreach (var page in document.Pages)
        {
            Assert.Equal(288, page.Width.Point, 3);
            Assert.Equal(432, page.Height.Point, 3);
        }
    }

    [Fact]
    public void Render_CrossBorderLabel_PageTextContainsTrackingNumberIdsAndCustomsMarker()
    {
        var content = LabelSamples.CrossBorder();

        using var document = Open(_renderer.Render(content));
        var text = PdfText.Strings(document.Pages[0]);

        Assert.Contains(content.TrackingNumber, text);
        Assert.Contains(content.ReturnId, text);
        Assert.Contains(content.OrderNumber, text);
        Assert.Contains(content.CarrierName, text);
        Assert.Contains("CUSTOMS DOCUMENTS ENCLOSED", text);
        Assert.Contains("1.25 kg", text);
        Assert.Contains("2025-11-26 08:30 UTC", text);
    }

    [Fact]
    public void Render_WithHazardMarks_PrintsEachMarkOnTheLabel()
    {
        var content = LabelSamples.CrossBorder() with { HazardMarks = ["UN3481 LITHIUM ION BATTERIES CONTAINED IN EQUIPMENT", "GROUND TRANSPORT ONLY"] };

        var text = Poppler.Text(_renderer.Render(content), page: 1);

        Assert.Contains("UN3481 LITHIUM ION BATTERIES", text, StringComparison.Ordinal);
        Assert.Contains("GROUND TRANSPORT ONLY", text, StringComparison.Ordinal);
        Assert.Contains("CUSTOMS DOCUMENTS ENCLOSED", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DomesticLabel_OmitsCustomsMarker()
    {
        using var document = Open(_renderer.Render(LabelSamples.Domestic()));
        var text = PdfText.Strings(document.Pages[0]);

        Assert.Contains("1Z999AA10123456784", text);
        Assert.DoesNotContain("CUSTOMS DOCUMENTS ENCLOSED", text);
    }

    [Fact]
    public void Render_OverlongAndNonLatinText_StillRendersTwoPages()
    {
        var content = LabelSamples.CrossBorder() with
        {
            CarrierName = "Deutsche Post DHL Group Parcel International Services",
            ShipFrom = ["Jürgen Müller-Lüdenscheidt Großbürgermeisterstraße 123", "Łódź", "Αθήνα", "Москва", "東京都千代田区", "six", "seven"],
            ShipTo = [new string('W', 200), "", "  "],
            TrackingNumber = "RR123456789DE00012345678901234",
        };

        using var document = Open(_renderer.Render(content));

        Assert.Equal(2, document.PageCount);
    }

    [Fact]
    public void Render_NullContent_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _renderer.Render(null!));
    }

    private static PdfDocument Open(byte[] pdf) =>
        PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
}
