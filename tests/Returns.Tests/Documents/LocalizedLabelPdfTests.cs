using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Returns.Adapters.Documents;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Documents;

/// <summary>
/// Labels in the customer's language, checked with poppler's pdftotext and pdffonts: the text must come
/// out as the same Unicode that went in (so the right glyphs were embedded) and every font must be embedded.
/// </summary>
public class LocalizedLabelPdfTests
{
    private readonly LabelPdfRenderer _renderer = new();

    [Fact]
    public void Render_TraditionalChineseLabel_PageOneHasTheChineseAddressAndBilingualCaptions()
    {
        var content = LocalizedLabelSamples.TraditionalChinese();

        var text = Squash(Poppler.Text(_renderer.Render(content), page: 1));

        Assert.Contains("王小明", text);
        Assert.Contains("台北市中正區重慶南路一段122號", text);
        Assert.Contains(Squash("SHIP TO"), text);
        Assert.Contains(Squash("CUSTOMS DOCUMENTS ENCLOSED"), text);
        Assert.Contains(content.TrackingNumber, text);
        if (CustomerLanguages.Default.LanguageOf("zh-TW") == "zh-Hant")
        {
            var chinese = CustomerLanguages.Default.For("zh-TW");
            Assert.Contains(Squash($"SHIP TO / {chinese.Text("label.shipTo")}"), text);
            Assert.Contains(Squash($"FROM / {chinese.Text("label.from")}"), text);
            Assert.Contains(Squash(chinese.Text("label.badge")), text);
            Assert.Contains(Squash(chinese.Text("label.customsEnclosed")), text);
        }
    }

    [Fact]
    public void Render_TraditionalChineseLabel_PageTwoHasInstructionsItemsAndDropOffDate()
    {
        var content = LocalizedLabelSamples.TraditionalChinese();
        var locale = CustomerLanguages.Default.For(content.Locale);

        var text = Squash(Poppler.Text(_renderer.Render(content), page: 2));

        Assert.Contains(Squash(locale.Text("label.instructionsTitle")), text);
        Assert.Contains(Squash(locale.Text("label.instructionsIntro", ("id", content.ReturnId), ("order", content.OrderNumber))), text);
        Assert.Contains(Squash(locale.Text("label.instructionCustoms")), text);
        Assert.Contains(Squash(locale.Text("label.instructionDropOff", ("carrier", content.CarrierName), ("date", locale.Date(LocalizedLabelSamples.DropOffBy)))), text);
        Assert.Contains(Squash(locale.Text("label.instructionKeep", ("tracking", content.TrackingNumber))), text);
        foreach (var item in content.Items!)
        {
            Assert.Contains(Squash(locale.Text("label.itemLine", ("qty", item.Quantity), ("name", item.Name), ("sku", item.Sku))), text);
        }
    }

    [Fact]
    public void Render_SimplifiedChineseLabel_RendersSimplifiedHanziAndCaptions()
    {
        var content = LocalizedLabelSamples.TraditionalChinese() with
        {
            ShipFrom = ["李华", "北京市朝阳区建国路88号", "100022 北京", "CN"],
            Locale = "zh-CN",
        };

        var text = Squash(Poppler.Text(_renderer.Render(content), page: 1));

        Assert.Contains("李华", text);
        Assert.Contains("北京市朝阳区建国路88号", text);
        if (CustomerLanguages.Default.LanguageOf("zh-CN") == "zh-Hans")
        {
            Assert.Contains(Squash($"SHIP TO / {CustomerLanguages.Default.For("zh-CN").Text("label.shipTo")}"), text);
        }
    }

    [Fact]
    public void Render_KoreanName_RendersHangulWithTheEmbeddedHangulFont()
    {
        var pdf = _renderer.Render(LocalizedLabelSamples.Korean());

        var text = Squash(Poppler.Text(pdf, page: 1));
        var fonts = Poppler.Fonts(pdf);

        Assert.Contains("김민수", text);
        Assert.Contains(Squash("서울특별시 중구 세종대로 110"), text);
        Assert.Contains(fonts, f => f.BaseName.StartsWith(EmbeddedFontResolver.HangulFamily, StringComparison.Ordinal) && f.Embedded && f.HasToUnicode);
        if (CustomerLanguages.Default.LanguageOf("ko-KR") == "ko")
        {
            Assert.Contains(Squash(CustomerLanguages.Default.For("ko-KR").Text("label.shipTo")), text);
        }
    }

    [Fact]
    public void Render_JapaneseAddress_RendersKanjiAndKana()
    {
        var text = Squash(Poppler.Text(_renderer.Render(LocalizedLabelSamples.Japanese()), page: 1));

        Assert.Contains("山田太郎", text);
        Assert.Contains("東京都千代田区丸の内1-9-1", text);
        Assert.Contains("〒100-0005東京", text);
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("ko-KR")]
    [InlineData("ja-JP")]
    [InlineData(null)]
    public void Render_AnyLocale_HasTwoPagesOf4By6Inches(string? locale)
    {
        var content = LocalizedLabelSamples.TraditionalChinese() with { Locale = locale };

        using var document = PdfReader.Open(new MemoryStream(_renderer.Render(content)), PdfDocumentOpenMode.Import);

        Assert.Equal(2, document.PageCount);
        foreach (var page in document.Pages)
        {
            Assert.Equal(LabelPdfRenderer.PageWidth, page.Width.Point, 3);
            Assert.Equal(LabelPdfRenderer.PageHeight, page.Height.Point, 3);
        }
    }

    [Fact]
    public void Render_MixedScripts_EmbedsOneSubsetFontPerScript()
    {
        var content = LocalizedLabelSamples.TraditionalChinese() with
        {
            ShipTo = ["김민수", "Łódź, ul. Piotrkowska 1", "Αθήνα / Москва", "KR"],
        };

        var fonts = Poppler.Fonts(_renderer.Render(content));

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset, $"{f.Name} is not an embedded subset."));
        var names = fonts.Select(f => f.BaseName).ToArray();
        Assert.Contains(names, n => n.StartsWith(EmbeddedFontResolver.DefaultFamily, StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith(EmbeddedFontResolver.CjkFamily, StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith(EmbeddedFontResolver.HangulFamily, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_EnglishLabel_HasEnglishCaptionsOnlyAndEnglishInstructions()
    {
        var content = LocalizedLabelSamples.TraditionalChinese() with { Locale = "en-US" };
        var english = CustomerLanguages.Default.For("en");

        var pdf = _renderer.Render(content);
        var page1 = Poppler.Text(pdf, page: 1);
        var page2 = Squash(Poppler.Text(pdf, page: 2));

        Assert.Contains("SHIP TO", page1);
        Assert.DoesNotContain("SHIP TO /", page1);
        Assert.Contains("王小明", page1); // the customer's own address stays as written
        Assert.Contains(Squash(english.Text("label.instructionsTitle")), page2);
        Assert.Contains(Squash(english.Text("label.instructionDropOff", ("carrier", content.CarrierName), ("date", english.Date(LocalizedLabelSamples.DropOffBy)))), page2);
        Assert.Contains(Squash("December 10, 2025"), page2);
    }

    [Fact]
    public void Render_DomesticLabel_InstructionsLeaveOutTheCustomsStep()
    {
        var content = LocalizedLabelSamples.TraditionalChinese() with { CrossBorder = false };
        var locale = CustomerLanguages.Default.For(content.Locale);

        var pdf = _renderer.Render(content);
        var page1 = Squash(Poppler.Text(pdf, page: 1));
        var page2 = Squash(Poppler.Text(pdf, page: 2));

        Assert.DoesNotContain(Squash("CUSTOMS DOCUMENTS ENCLOSED"), page1);
        Assert.DoesNotContain(Squash(locale.Text("label.instructionCustoms")), page2);
        Assert.Contains(Squash(locale.Text("label.instructionAttach")), page2);
    }

    [Fact]
    public void Render_WithoutItemsOrDropOffDate_LeavesOutThoseStepsAndTheList()
    {
        var content = LocalizedLabelSamples.TraditionalChinese() with { Items = null, DropOffBy = null };
        var locale = CustomerLanguages.Default.For(content.Locale);

        var page2 = Squash(Poppler.Text(_renderer.Render(content), page: 2));

        Assert.Contains(Squash(locale.Text("label.instructionPack")), page2);
        Assert.DoesNotContain(Squash(locale.Text("label.instructionInclude")), page2);
        Assert.DoesNotContain(Squash(locale.Text("label.itemsTitle")), page2);
        Assert.Contains(Squash(locale.Text("label.instructionKeep", ("tracking", content.TrackingNumber))), page2);
    }

    [Fact]
    public void Render_ManyItems_ListsWhatFitsAndCountsTheRest()
    {
        var items = Enumerable.Range(1, 60)
            .Select(i => new LabelItem($"SKU-{i:D2}", $"コットンTシャツ ブラック サイズM 番号{i}", i))
            .ToArray();
        var content = LocalizedLabelSamples.Japanese() with { Items = items };

        var pdf = _renderer.Render(content);
        var page2 = Poppler.Text(pdf, page: 2);

        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal(2, document.PageCount);
        Assert.Contains("SKU-01", page2);
        Assert.DoesNotContain("SKU-60", page2);
        Assert.Matches(@"… \+\d+", page2);
    }

    [Fact]
    public void Render_ChineseLabel_DocumentTitleIsLocalized()
    {
        var content = LocalizedLabelSamples.TraditionalChinese();
        var expected = CustomerLanguages.Default.For(content.Locale).Text("label.title", ("id", content.ReturnId));

        using var document = PdfReader.Open(new MemoryStream(_renderer.Render(content)), PdfDocumentOpenMode.Import);

        Assert.Equal(expected, document.Info.Title);
    }

    /// <summary>pdftotext puts breaks where lines wrap and spaces where runs meet; compare without whitespace.</summary>
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
