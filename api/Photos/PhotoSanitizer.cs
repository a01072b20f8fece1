namespace Returns.Api.Photos;

/// <summary>
/// Checks that a customer's upload is a JPEG, PNG or WebP photo and strips the metadata that can
/// give away where it was taken (Exif GPS, XMP, IPTC, text chunks) before it is stored. The format
/// is decided from the bytes alone: a declared content type is whatever the client claims.
/// Never throws on hostile input; anything it cannot walk safely is <see cref="PhotoCheck.NotImage"/>.
/// </summary>
public static class PhotoSanitizer
{
    /// <summary>The largest photo the portal accepts (5 MB).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public static PhotoCheck Sanitize(byte[] content)
    {
        if (content is null || content.Length == 0)
            return PhotoCheck.Failed(PhotoCheck.Empty);
        if (content.Length > MaxBytes)
            return PhotoCheck.Failed(PhotoCheck.TooLarge);

        ReadOnlySpan<byte> data = content;
        var (cleaned, contentType) =
            JpegMetadata.Matches(data) ? (JpegMetadata.Strip(data), JpegMetadata.ContentType)
            : PngMetadata.Matches(data) ? (PngMetadata.Strip(data), PngMetadata.ContentType)
            : WebpMetadata.Matches(data) ? (WebpMetadata.Strip(data), WebpMetadata.ContentType)
            : (null, "");
        return cleaned is null ? PhotoCheck.Failed(PhotoCheck.NotImage) : PhotoCheck.Cleaned(cleaned, contentType);
    }
}
