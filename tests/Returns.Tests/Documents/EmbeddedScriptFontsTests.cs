using PdfSharp.Drawing;
using Returns.Adapters.Documents;

namespace Returns.Tests.Documents;

/// <summary>The CJK and Hangul families shipped for customer-language labels.</summary>
public class EmbeddedScriptFontsTests
{
    private readonly EmbeddedFontResolver _resolver = EmbeddedFontResolver.Instance;

    [Theory]
    [InlineData(EmbeddedFontResolver.CjkFamily, "DroidSansFallbackFull.ttf")]
    [InlineData(EmbeddedFontResolver.HangulFamily, "NanumGothic.ttf")]
    public void ResolveTypeface_ScriptFamily_ResolvesToItsOwnFile(string family, string regularFile)
    {
        var regular = _resolver.ResolveTypeface(family, bold: false, italic: false);

        Assert.NotNull(regular);
        Assert.Equal(regularFile, regular.FaceName);
        Assert.Contains(family, EmbeddedFontResolver.KnownFamilies);
    }

    [Fact]
    public void ResolveTypeface_BoldCjk_SimulatesBoldFromTheOnlyFace()
    {
        var bold = _resolver.ResolveTypeface(EmbeddedFontResolver.CjkFamily, bold: true, italic: false);

        Assert.NotNull(bold);
        Assert.Equal("DroidSansFallbackFull.ttf", bold.FaceName);
        Assert.Equal(XStyleSimulations.BoldSimulation, bold.StyleSimulations);
    }

    [Fact]
    public void ResolveTypeface_BoldHangul_UsesTheRealBoldFace()
    {
        var bold = _resolver.ResolveTypeface(EmbeddedFontResolver.HangulFamily, bold: true, italic: false);

        Assert.NotNull(bold);
        Assert.Equal("NanumGothicBold.ttf", bold.FaceName);
        Assert.Equal(XStyleSimulations.None, bold.StyleSimulations);
    }

    [Theory]
    [InlineData("DroidSansFallbackFull.ttf")]
    [InlineData("NanumGothic.ttf")]
    [InlineData("NanumGothicBold.ttf")]
    public void GetFont_ScriptFace_IsASingleTrueTypeFont(string face)
    {
        var bytes = _resolver.GetFont(face);

        Assert.NotNull(bytes);
        Assert.True(bytes.Length > 1_000_000);
        Assert.Equal(new byte[] { 0x00, 0x01, 0x00, 0x00 }, bytes[..4]); // not a .ttc collection
    }

    [Theory]
    [InlineData("LICENSE-DroidSansFallback-Apache-2.0.txt", "Apache License")]
    [InlineData("LICENSE-NanumGothic-OFL-1.1.txt", "SIL OPEN FONT LICENSE")]
    public void FontLicense_ShippedNextToTheApp(string file, string expected)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fonts", file);

        Assert.True(File.Exists(path), $"{path} is missing.");
        Assert.Contains(expected, File.ReadAllText(path));
    }
}
