using System.Text.RegularExpressions;
using Returns.Orchestrations.Localization;

namespace Returns.Tests.Localization;

/// <summary>Every translation file says everything English says, with the same placeholders, and nothing else.</summary>
public sealed partial class TranslationFilesTests
{
    private static readonly TextCatalog Catalog = TextCatalog.Embedded;

    public static TheoryData<string> Languages() => [.. Catalog.Languages.Where(l => l != TextCatalog.FallbackLanguage)];

    [Fact]
    public void Catalog_HoldsAtLeastTheEightPortalLanguages() =>
        Assert.Superset(new HashSet<string> { "en", "de", "fr", "es", "ja", "ko", "zh-Hant", "zh-Hans" }, Catalog.Languages.ToHashSet());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Translation_HasExactlyTheEnglishKeys(string language)
    {
        var english = Catalog.Texts("en").Keys.ToHashSet();
        var own = Catalog.Texts(language).Keys.ToHashSet();
        Assert.Empty(english.Except(own));
        Assert.Empty(own.Except(english));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Translation_KeepsEveryPlaceholder(string language)
    {
        var english = Catalog.Texts("en");
        var wrong = Catalog.Texts(language)
            .Where(t => !Placeholders(t.Value).SetEquals(Placeholders(english[t.Key])))
            .Select(t => t.Key)
            .ToArray();
        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Translation_IsNotEnglishLeftInPlace(string language)
    {
        var english = Catalog.Texts("en");
        var same = Catalog.Texts(language)
            .Where(t => !t.Key.StartsWith("meta.", StringComparison.Ordinal) && t.Value == english[t.Key] && Letters().Count(Placeholder().Replace(t.Value, "")) > 12)
            .Select(t => t.Key)
            .ToArray();
        Assert.Empty(same);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letters();
}
