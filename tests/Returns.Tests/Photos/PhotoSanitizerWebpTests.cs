using System.Text;
using Returns.Api.Photos;

namespace Returns.Tests.Photos;

public sealed class PhotoSanitizerWebpTests
{
    [Fact]
    public void Sanitize_PhoneWebp_DropsExifAndXmpAndFixesTheSize()
    {
        var check = PhotoSanitizer.Sanitize(WebpSamples.Phone());

        Assert.True(check.Succeeded);
        Assert.Equal("image/webp", check.ContentType);
        var chunks = WebpSamples.Chunks(check.Content);
        Assert.Equal(["VP8X", "ICCP", "VP8 "], chunks.Select(c => c.FourCc));
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(check.Content));
    }

    [Fact]
    public void Sanitize_PhoneWebp_ClearsExifAndXmpFlagsOnly()
    {
        var check = PhotoSanitizer.Sanitize(WebpSamples.Phone());

        Assert.Equal(WebpSamples.IccFlag, WebpSamples.Chunks(check.Content!)[0].Data[0]);
    }

    [Fact]
    public void Sanitize_PhoneWebp_KeepsImageChunksAndPaddingByteForByte()
    {
        var expected = WebpSamples.Riff(WebpSamples.Vp8x(WebpSamples.IccFlag), WebpSamples.Iccp(), WebpSamples.Vp8());

        Assert.Equal(expected, PhotoSanitizer.Sanitize(WebpSamples.Phone()).Content);
    }

    [Fact]
    public void Sanitize_SimpleWebpWithStrayExif_DropsIt()
    {
        var webp = WebpSamples.Riff(WebpSamples.Vp8(), WebpSamples.Exif());

        Assert.Equal(WebpSamples.Riff(WebpSamples.Vp8()), PhotoSanitizer.Sanitize(webp).Content);
    }

    [Fact]
    public void Sanitize_DataAfterRiff_IsDropped()
    {
        var clean = WebpSamples.Riff(WebpSamples.Vp8());
        byte[] webp = [.. clean, .. WebpSamples.Exif()];

        Assert.Equal(clean, PhotoSanitizer.Sanitize(webp).Content);
    }

    [Fact]
    public void Sanitize_MissingPadAfterLastChunk_IsTolerated()
    {
        var clean = WebpSamples.Riff(WebpSamples.Vp8());
        var unpadded = clean[..^1];
        unpadded[4]--; // RIFF size without the pad

        Assert.Equal(clean, PhotoSanitizer.Sanitize(unpadded).Content);
    }

    [Fact]
    public void Sanitize_ChunkOverrunningRiff_IsNotImage()
    {
        var webp = WebpSamples.Phone();
        webp[12 + 18 + 4] = 0xFF; // ICCP size

        Assert.Equal(PhotoCheck.NotImage, PhotoSanitizer.Sanitize(webp).Error);
    }

    [Fact]
    public void Sanitize_WebpWithoutImageChunk_IsNotImage()
    {
        var webp = WebpSamples.Riff(WebpSamples.Vp8x(0), WebpSamples.Iccp());

        Assert.Equal(PhotoCheck.NotImage, PhotoSanitizer.Sanitize(webp).Error);
    }
}
