using System.Text;
using Returns.Api.Photos;

namespace Returns.Tests.Photos;

public sealed class PhotoSanitizerPngTests
{
    [Fact]
    public void Sanitize_PhonePng_DropsTextExifAndTimeChunks()
    {
        var check = PhotoSanitizer.Sanitize(PngSamples.Phone());

        Assert.True(check.Succeeded);
        Assert.Equal("image/png", check.ContentType);
        Assert.Equal(["IHDR", "pHYs", "IDAT", "IEND"], PngSamples.Chunks(check.Content).Select(c => c.Type));
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(check.Content));
    }

    [Fact]
    public void Sanitize_PhonePng_KeepsImageChunksByteForByte()
    {
        Assert.Equal(PngSamples.Clean(), PhotoSanitizer.Sanitize(PngSamples.Phone()).Content);
    }

    [Fact]
    public void Sanitize_CleanPng_IsReturnedUnchanged()
    {
        Assert.Equal(PngSamples.Clean(), PhotoSanitizer.Sanitize(PngSamples.Clean()).Content);
    }

    [Fact]
    public void Sanitize_DataAfterIend_IsDropped()
    {
        byte[] png = [.. PngSamples.Clean(), .. "GPS 52.52N"u8];

        Assert.Equal(PngSamples.Clean(), PhotoSanitizer.Sanitize(png).Content);
    }

    [Fact]
    public void Sanitize_ChunkWithWrongCrc_IsNotImage()
    {
        var png = PngSamples.Clean();
        png[8 + 25 + 8] ^= 0x01; // first byte of pHYs data

        Assert.Equal(PhotoCheck.NotImage, PhotoSanitizer.Sanitize(png).Error);
    }

    [Fact]
    public void Sanitize_LengthBeyondTheFile_IsNotImage()
    {
        var png = PngSamples.Clean();
        png[8 + 25] = 0x7F; // pHYs length high byte

        Assert.Equal(PhotoCheck.NotImage, PhotoSanitizer.Sanitize(png).Error);
    }

    [Fact]
    public void Sanitize_MissingIend_IsNotImage()
    {
        byte[] png = [.. PngSamples.Signature, .. PngSamples.Ihdr(), .. PngSamples.Idat()];

        Assert.Equal(PhotoCheck.NotImage, PhotoSanitizer.Sanitize(png).Error);
    }

    [Fact]
    public void Sanitize_FirstChunkNotIhdr_IsNotImage()
    {
        byte[] png = [.. PngSamples.Signature, .. PngSamples.Phys(), .. PngSamples.Ihdr(), .. PngSamples.Idat(), .. PngSamples.Iend()];

        Assert.Equal(PhotoCheck.NotImage, PhotoSanitizer.Sanitize(png).Error);
    }
}
