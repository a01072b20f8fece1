using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;

namespace Returns.Tests.Localization;

public sealed class CustomerLocaleFormattingTests
{
    private static readonly DateTimeOffset Day = new(2026, 12, 24, 15, 30, 0, TimeSpan.Zero);

    private static CustomerLocale Locale(string tag) => CustomerLanguages.Default.For(tag);

    [Theory]
    [InlineData("de-DE", 123456, "EUR", "1.234,56 €")]
    [InlineData("fr-FR", 123456, "EUR", "1 234,56 €")]
    [InlineData("en-US", 123456, "USD", "$1,234.56")]
    [InlineData("en-US", 123456, "TWD", "NT$1,234.56")]
    [InlineData("ja-JP", 4200, "JPY", "￥4,200")]
    [InlineData("ko-KR", 89000, "KRW", "₩89,000")]
    [InlineData("zh-TW", 19900, "TWD", "$199.00")]
    [InlineData("zh-TW", 2500, "EUR", "€25.00")]
    [InlineData("de-DE", 2500, "USD", "25,00 US$")]
    public void Money_IsFormattedForTheCulture_WithTheCurrencysDecimals(string tag, long minor, string currency, string expected) =>
        Assert.Equal(expected, Normalize(Locale(tag).Money(new Money(minor, currency))));

    [Theory]
    [InlineData("en-US", "December 24, 2026")]
    [InlineData("de-DE", "24. Dezember 2026")]
    [InlineData("fr-FR", "24 décembre 2026")]
    [InlineData("es-ES", "24 de diciembre de 2026")]
    [InlineData("ja-JP", "2026年12月24日")]
    [InlineData("ko-KR", "2026년 12월 24일")]
    [InlineData("zh-TW", "2026年12月24日")]
    [InlineData("zh-CN", "2026年12月24日")]
    public void Date_FollowsTheTranslationsDateFormat(string tag, string expected) =>
        Assert.Equal(expected, Locale(tag).Date(Day));

    [Fact]
    public void Text_FillsNamedPlaceholders_AndFormatsDatesAndMoneyInTheCulture()
    {
        var german = Locale("de-DE");
        var text = german.Text("eligibility.windowClosed", ("date", Day));
        Assert.Contains("24. Dezember 2026", text, StringComparison.Ordinal);
        Assert.Equal(german.Text("email.stages.refund_issued.body", ("amount", german.Money(new Money(2500, "EUR")))),
            german.Text("email.stages.refund_issued.body", ("amount", new Money(2500, "EUR"))));
    }

    [Fact]
    public void Text_UnknownKey_FallsBackToTheKeyRatherThanFailing() =>
        Assert.Equal("no.such.key", Locale("ja").Text("no.such.key"));

    // ICU puts narrow no-break spaces in some cultures; compare with plain spaces.
    private static string Normalize(string s) => s.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
