using PdfSharp.Fonts;
using Returns.Adapters.Documents;

namespace Returns.Tests.Documents;

public class EmbeddedFontResolverTests
{
    private readonly EmbeddedFontResolver _resolver = EmbeddedFontResolver.Instance;

    [Theory]
    [InlineData("Liberation Sans")]
    [InlineData("Arial")]
    [InlineData("Some Family Nobody Ships")]
    public void ResolveTypeface_AnyFamily_ResolvesToAnEmbeddedFace(string family)
    {
        var regular = _resolver.ResolveTypeface(family, bold: false, italic: false);
        var bold = _resolver.ResolveTypeface(family, bold: true, italic: false);

        Assert.NotNull(regular);
        Assert.NotNull(bold);
        Assert.NotEqual(regular.FaceName, bold.FaceName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GetFont_ResolvedFace_ReturnsTrueTypeBytes(bool bold)
    {
        var face = _resolver.ResolveTypeface(EmbeddedFontResolver.DefaultFamily, bold, italic: false);
        Assert.NotNull(face);

        var bytes = _resolver.GetFont(face.FaceName);

        Assert.NotNull(bytes);
        Assert.True(bytes.Length > 10_000);
        Assert.Equal(new byte[] { 0x00, 0x01, 0x00, 0x00 }, bytes[..4]); // single TrueType font, not a .ttc
    }

    [Fact]
    public void Register_CalledConcurrently_LeavesAGlobalResolverSet()
    {
        Parallel.For(0, 16, _ => EmbeddedFontResolver.Register());

        Assert.NotNull(GlobalFontSettings.FontResolver);
    }

    [Fact]
    public void KnownFamilies_Default_ContainsDefaultFamily()
    {
        Assert.Contains(EmbeddedFontResolver.DefaultFamily, EmbeddedFontResolver.KnownFamilies);
    }
}
