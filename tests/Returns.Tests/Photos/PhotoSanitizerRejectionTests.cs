using System.Text;
using Returns.Api.Photos;

namespace Returns.Tests.Photos;

public sealed class PhotoSanitizerRejectionTests
{
    public static TheoryData<string, byte[]> NotImages => new()
    {
        { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF") },
        { "gif", [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3B] },
        { "text", Encoding.UTF8.GetBytes("hello, this is not a photo") },
        { "html claiming to be a jpeg", Encoding.UTF8.GetBytes("<script>alert(1)</script>") },
        { "jpeg magic only", [0xFF, 0xD8, 0xFF] },
        { "jpeg without scan", [0xFF, 0xD8, .. JpegSamples.Tables(), 0xFF, 0xD9] },
        { "jpeg without eoi", [0xFF, 0xD8, .. JpegSamples.Tables(), .. JpegSamples.ScanAndEnd[..^3]] },
        { "jpeg cut inside a segment", JpegSamples.Phone()[..100] },
        { "png signature only", PngSamples.Signature },
        { "png cut inside a chunk", PngSamples.Phone()[..40] },
        { "riff that is not webp", [.. "RIFF"u8, 4, 0, 0, 0, .. "WAVE"u8] },
        { "webp cut short", WebpSamples.Phone()[..30] },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public void Sanitize_NotAnImage_IsNotImage(string kind, byte[] content)
    {
        var check = PhotoSanitizer.Sanitize(content);

        Assert.False(check.Succeeded, kind);
        Assert.Equal(PhotoCheck.NotImage, check.Error);
        Assert.Null(check.Content);
    }

    [Fact]
    public void Sanitize_NoBytes_IsEmpty()
    {
        Assert.Equal(PhotoCheck.Empty, PhotoSanitizer.Sanitize([]).Error);
    }

    [Fact]
    public void Sanitize_OverFiveMegabytes_IsTooLarge()
    {
        byte[] big = [.. JpegSamples.Phone(), .. new byte[PhotoSanitizer.MaxBytes]];

        Assert.Equal(PhotoCheck.TooLarge, PhotoSanitizer.Sanitize(big).Error);
    }
}
