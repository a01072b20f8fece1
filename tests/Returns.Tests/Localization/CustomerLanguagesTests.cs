using Returns.Orchestrations.Localization;

namespace Returns.Tests.Localization;

public sealed class CustomerLanguagesTests
{
    private readonly CustomerLanguages _languages = CustomerLanguages.Default;

    [Theory]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-HK", "zh-Hant")]
    [InlineData("zh-Hant-TW", "zh-Hant")]
    [InlineData("zh_TW", "zh-Hant")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-SG", "zh-Hans")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("ja-JP", "ja")]
    [InlineData("ko", "ko")]
    [InlineData("de-AT", "de")]
    [InlineData("FR-ca", "fr")]
    [InlineData("es-MX", "es")]
    [InlineData("en-GB", "en")]
    public void LanguageOf_Tag_MapsToItsTranslation(string tag, string expected) =>
        Assert.Equal(expected, _languages.LanguageOf(tag));

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("<script>")]
    public void LanguageOf_UnsupportedOrGarbage_IsNull(string tag) => Assert.Null(_languages.LanguageOf(tag));

    [Fact]
    public void Select_ExplicitChoice_WinsOverBrowserAndOrder() =>
        Assert.Equal("ja", _languages.Select("ja", "de-DE,de;q=0.9", "ko-KR").Language);

    [Fact]
    public void Select_NoExplicitChoice_TakesTheBestSupportedBrowserLanguage() =>
        Assert.Equal("fr", _languages.Select(null, "pt-BR,pt;q=0.9,fr;q=0.8,de;q=0.7", "ko-KR").Language);

    [Fact]
    public void Select_BrowserLanguageWithQualityZero_IsSkipped() =>
        Assert.Equal("de", _languages.Select(null, "ja;q=0,de;q=0.5", null).Language);

    [Fact]
    public void Select_HigherQualityLater_IsPreferred() =>
        Assert.Equal("zh-Hant", _languages.Select(null, "en;q=0.3,zh-TW;q=0.9", null).Language);

    [Fact]
    public void Select_NothingSupportedFromQueryOrBrowser_FallsBackToTheOrderLocale() =>
        Assert.Equal("ko", _languages.Select("pt", "pt-BR", "ko-KR").Language);

    [Fact]
    public void Select_NothingAtAll_IsEnglish() =>
        Assert.Equal("en", _languages.Select(null, null, null).Language);

    [Fact]
    public void Select_RegionalTag_KeepsItsCultureForFormatting()
    {
        var locale = _languages.Select("de-AT", null, null);
        Assert.Equal("de", locale.Language);
        Assert.Equal("de-AT", locale.Culture.Name);
    }

    [Fact]
    public void For_ScriptTag_UsesTheTranslationsDefaultCulture()
    {
        Assert.Equal("zh-TW", _languages.For("zh-Hant").Culture.Name);
        Assert.Equal("zh-CN", _languages.For("zh-Hans").Culture.Name);
    }
}
