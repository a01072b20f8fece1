using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Returns.Adapters.Documents;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.StoreCredit;
using Returns.Tests.Documents;

namespace Returns.Tests.StoreCredit;

/// <summary>Credit notes read back with poppler's pdftotext: the text must come out as the Unicode that went in.</summary>
public sealed class CreditNoteRendererTests
{
    private readonly CreditNoteRenderer _renderer = new();

    [Fact]
    public void Render_English_IsAnA4PdfTitledWithTheCode()
    {
        var content = CreditNoteSamples.English();

        var pdf = _renderer.Render(content);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
        Assert.Equal(595.28, document.Pages[0].Width.Point, 1);
        Assert.Equal(841.89, document.Pages[0].Height.Point, 1);
        Assert.Equal($"Credit note {content.Code}", document.Info.Title);
    }

    [Fact]
    public void Render_English_ShowsTitleNumberPartiesLinesAmountsAndRedemption()
    {
        var content = CreditNoteSamples.English();

        var text = Squash(Poppler.Text(_renderer.Render(content)));

        Assert.Contains("Creditnote", text);
        Assert.Contains(content.Code, text);
        Assert.Contains("Northwind", text);
        Assert.Contains("AnnaSchmidt", text);
        Assert.Contains("RT-7K2M9QXA", text);
        Assert.Contains("SO-100482", text);
        Assert.Contains("March5,2026", text); // date of issue
        Assert.Contains("Merinocrew-necksweater,navy,M", text);
        Assert.Contains("$89.00", text);
        Assert.Contains("$49.80", text);
        Assert.Contains("Creditamount$138.80", text);
        Assert.Contains("Bonus(10%)$13.88", text);
        Assert.Contains("Totalstorecredit$152.68", text);
        Assert.Contains(Squash($"Enter the code {content.Code} at checkout at Northwind Outfitters."), text);
        Assert.Contains(Squash("Please use your credit by March 5, 2027"), text);
        Assert.Contains("Page1of1", text);
        Assert.DoesNotContain("Feesandadjustments", text); // the lines add up to the credit
    }

    [Fact]
    public void Render_TraditionalChinese_ShowsTheTranslatedTitleCodeAndAmounts()
    {
        var content = CreditNoteSamples.TraditionalChinese();
        var locale = CustomerLanguages.Default.For(content.Locale);
        Assert.Equal("zh-Hant", locale.Language);

        var text = Squash(Poppler.Text(_renderer.Render(content)));

        Assert.Contains(Squash(locale.Text("creditNote.title")), text);
        Assert.Contains("購物金憑證", text);
        Assert.Contains(content.Code, text);
        Assert.Contains("王小明", text);
        Assert.Contains("羊毛圓領毛衣深藍M", text);
        Assert.Contains(Squash(locale.Money(new Money(content.Amount, "TWD"))), text);
        Assert.Contains(Squash(locale.Money(new Money(content.Bonus, "TWD"))), text);
        Assert.Contains(Squash(locale.Money(new Money(content.Total, "TWD"))), text);
        Assert.Contains(Squash(locale.Text("creditNote.bonus", ("percent", 5))), text);
        Assert.Contains(Squash(locale.Text("creditNote.total")), text);
        Assert.Contains(Squash(locale.Date(content.ExpiresAt!.Value)), text);
        Assert.Contains(Squash(locale.Text("creditNote.redeem", ("code", content.Code), ("shop", content.ShopName))), text);
        Assert.Contains(Squash(locale.Text("creditNote.page", ("page", 1), ("pages", 1))), text);
        Assert.DoesNotContain("Credit note", text);
    }

    [Fact]
    public void Render_TraditionalChinese_EmbedsEveryFont()
    {
        var fonts = Poppler.Fonts(_renderer.Render(CreditNoteSamples.TraditionalChinese()));

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
    }

    [Theory]
    [InlineData("de-DE", "Gutschrift")]
    [InlineData("fr-FR", "Bon d’avoir")]
    [InlineData("es-ES", "Nota de crédito")]
    [InlineData("ja-JP", "ストアクレジット明細書")]
    [InlineData("ko-KR", "적립금 지급 명세서")]
    [InlineData("zh-CN", "购物金凭证")]
    public void Render_OtherLanguages_ShowTheirTitleAndTheCode(string locale, string title)
    {
        var content = CreditNoteSamples.English() with { Locale = locale };

        var text = Squash(Poppler.Text(_renderer.Render(content)));

        Assert.Contains(Squash(title), text);
        Assert.Contains(content.Code, text);
    }

    [Fact]
    public void Render_NoExpiryAndNoBonus_SaysSoAndLeavesTheBonusOut()
    {
        var content = CreditNoteSamples.English() with { ExpiresAt = null, BonusPercent = 0, Bonus = 0, Total = 13880 };

        var text = Squash(Poppler.Text(_renderer.Render(content)));

        Assert.Contains("Noexpiry", text);
        Assert.Contains("Yourcreditdoesnotexpire.", text);
        Assert.DoesNotContain("Bonus", text);
        Assert.Contains("Totalstorecredit$138.80", text);
    }

    [Fact]
    public void Render_CreditBelowTheLines_ShowsTheFeesAndAdjustments()
    {
        var content = CreditNoteSamples.English() with { Amount = 12880, Bonus = 1288, Total = 14168 };

        var text = Squash(Poppler.Text(_renderer.Render(content)));

        Assert.Contains("Valueofreturneditems$138.80", text);
        Assert.Contains("Feesandadjustments-$10.00", text);
        Assert.Contains("Creditamount$128.80", text);
    }

    [Fact]
    public void Render_ManyLines_FlowsOntoMorePagesWithTheirNumbers()
    {
        var lines = Enumerable.Range(1, 70).Select(i => new CreditNoteLine($"Sock pack {i:D2}", 1, 500)).ToArray();
        var content = CreditNoteSamples.English() with { Lines = lines, Amount = 35000, Bonus = 3500, Total = 38500 };

        var pdf = _renderer.Render(content);

        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 2);
        var all = Squash(Poppler.Text(pdf));
        Assert.Contains("Sockpack01", all);
        Assert.Contains("Sockpack70", all);
        Assert.Contains($"Page{document.PageCount}of{document.PageCount}", all);
        Assert.Contains("Totalstorecredit$385.00", Squash(Poppler.Text(pdf, page: document.PageCount)));
        // The table header is repeated on the second page.
        Assert.Contains("ItemQuantityAmount", Squash(Poppler.Text(pdf, page: 2)));
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
