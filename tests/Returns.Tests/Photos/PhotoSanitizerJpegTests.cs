using System.Text;
using Returns.Api.Photos;

namespace Returns.Tests.Photos;

public sealed class PhotoSanitizerJpegTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sanitize_PhoneJpeg_RemovesExifXmpIptcAndComment(bool littleEndian)
    {
        var check = PhotoSanitizer.Sanitize(JpegSamples.Phone(6, littleEndian));

        Assert.True(check.Succeeded);
        Assert.Equal("image/jpeg", check.ContentType);
        var text = Encoding.Latin1.GetString(check.Content);
        Assert.DoesNotContain("GPS", text);
        Assert.DoesNotContain(JpegSamples.CameraMake, text);
        Assert.DoesNotContain("ns.adobe.com/xap", text);
        Assert.DoesNotContain("xmpmeta", text);
        Assert.DoesNotContain("Photoshop", text);
        Assert.DoesNotContain("Berlin", text);
        Assert.DoesNotContain("Invalidenstr", text);
        Assert.DoesNotContain(Encoding.Latin1.GetString(JpegSamples.LatitudeBigEndian), text);
        Assert.DoesNotContain(Encoding.Latin1.GetString(JpegSamples.LatitudeBigEndian.Reverse().ToArray()), text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sanitize_Orientation6_KeepsOnlyAMinimalExifWithIt(bool littleEndian)
    {
        var check = PhotoSanitizer.Sanitize(JpegSamples.Phone(6, littleEndian));

        var app1 = JpegSamples.HeaderSegments(check.Content!).Where(s => s.Marker == 0xE1).ToList();
        var exif = Assert.Single(app1);
        Assert.Equal(6, JpegSamples.ReadOrientation(exif.Payload));
        Assert.True(exif.Payload.Length <= 32, "only the orientation entry should be left");
    }

    [Fact]
    public void Sanitize_Orientation1_WritesNoExif()
    {
        var check = PhotoSanitizer.Sanitize(JpegSamples.Phone(1));

        Assert.DoesNotContain(JpegSamples.HeaderSegments(check.Content!), s => s.Marker == 0xE1);
    }

    [Fact]
    public void Sanitize_PhoneJpeg_KeepsJfifIccAndTablesInOrder()
    {
        var check = PhotoSanitizer.Sanitize(JpegSamples.Phone());

        var segments = JpegSamples.HeaderSegments(check.Content!);
        Assert.Equal([0xE0, 0xE1, 0xE2, 0xDB, 0xC0, 0xC4], segments.Select(s => s.Marker));
        Assert.Equal(JpegSamples.IccPayload, segments[2].Payload);
        Assert.Equal(JpegSamples.Tables(), check.Content!.AsSpan(check.Content!.Length - JpegSamples.ScanAndEnd.Length - JpegSamples.Tables().Length, JpegSamples.Tables().Length).ToArray());
    }

    [Fact]
    public void Sanitize_PhoneJpeg_CopiesTheScanUnchanged()
    {
        var check = PhotoSanitizer.Sanitize(JpegSamples.Phone());

        Assert.EndsWith(Convert.ToHexString(JpegSamples.ScanAndEnd), Convert.ToHexString(check.Content!));
    }

    [Fact]
    public void Sanitize_CleanedJpeg_IsUnchangedBySecondPass()
    {
        var once = PhotoSanitizer.Sanitize(JpegSamples.Phone()).Content!;

        Assert.Equal(once, PhotoSanitizer.Sanitize(once).Content);
    }

    [Fact]
    public void Sanitize_JpegWithoutJfif_PutsExifRightAfterSoi()
    {
        byte[] jpeg = [0xFF, 0xD8, .. JpegSamples.Exif(8, false), .. JpegSamples.Tables(), .. JpegSamples.ScanAndEnd];

        var segments = JpegSamples.HeaderSegments(PhotoSanitizer.Sanitize(jpeg).Content!);

        Assert.Equal(0xE1, segments[0].Marker);
        Assert.Equal(8, JpegSamples.ReadOrientation(segments[0].Payload));
    }

    [Fact]
    public void Sanitize_AdobeApp14_IsKeptForColourTransform()
    {
        var adobe = JpegSamples.Segment(0xEE, [.. "Adobe"u8, 0, 100, 0, 0, 0, 0, 2]);
        byte[] jpeg = [0xFF, 0xD8, .. adobe, .. JpegSamples.Tables(), .. JpegSamples.ScanAndEnd];

        Assert.Equal(jpeg, PhotoSanitizer.Sanitize(jpeg).Content);
    }

    [Fact]
    public void Sanitize_DataAfterEoi_IsDropped()
    {
        byte[] trailer = [.. "SEFT"u8, .. Encoding.ASCII.GetBytes("GPS 52.52N"), 0xFF, 0xD8, .. JpegSamples.Exif(1, true)];
        byte[] jpeg = [.. JpegSamples.Phone(), .. trailer];

        var check = PhotoSanitizer.Sanitize(jpeg);

        Assert.EndsWith(Convert.ToHexString(JpegSamples.ScanAndEnd), Convert.ToHexString(check.Content!));
    }

    [Fact]
    public void Sanitize_ProgressiveJpeg_DropsMetadataBetweenScansAndKeepsEveryScan()
    {
        byte[] secondScan = [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x11, 0x22, 0xFF, 0x00, 0x33];
        byte[] jpeg =
        [
            0xFF, 0xD8, .. JpegSamples.Tables(), .. JpegSamples.ScanAndEnd[..^2],
            .. JpegSamples.Com(), .. JpegSamples.Xmp(), .. JpegSamples.Segment(0xC4, [0x10, 1, 2, 3]), .. secondScan, 0xFF, 0xD9,
        ];

        var check = PhotoSanitizer.Sanitize(jpeg);

        byte[] expected =
        [
            0xFF, 0xD8, .. JpegSamples.Tables(), .. JpegSamples.ScanAndEnd[..^2],
            .. JpegSamples.Segment(0xC4, [0x10, 1, 2, 3]), .. secondScan, 0xFF, 0xD9,
        ];
        Assert.Equal(expected, check.Content);
    }

    [Fact]
    public void Sanitize_OtherAppSegments_AreDropped()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8, .. JpegSamples.Segment(0xE2, "MPF\0II*\0"u8), .. JpegSamples.Segment(0xEB, "JP c2pa GPS"u8),
            .. JpegSamples.Segment(0xE0, "JFXX\0\u0010"u8), .. JpegSamples.Tables(), .. JpegSamples.ScanAndEnd,
        ];

        Assert.Equal([0xFF, 0xD8, .. JpegSamples.Tables(), .. JpegSamples.ScanAndEnd], PhotoSanitizer.Sanitize(jpeg).Content);
    }
}
