using System.Diagnostics.CodeAnalysis;

namespace Returns.Api.Photos;

/// <summary>What <see cref="PhotoSanitizer.Sanitize"/> made of an upload: a cleaned photo, or the reason it was refused.</summary>
public sealed record PhotoCheck
{
    /// <summary>Not a JPEG, PNG or WebP by its bytes, or one whose structure is broken (truncated, bad lengths or CRCs).</summary>
    public const string NotImage = "not_image";

    /// <summary>No bytes at all.</summary>
    public const string Empty = "empty";

    /// <summary>Larger than <see cref="PhotoSanitizer.MaxBytes"/>.</summary>
    public const string TooLarge = "too_large";

    private PhotoCheck(byte[]? content, string? contentType, string? error)
    {
        Content = content;
        ContentType = contentType;
        Error = error;
    }

    /// <summary>The cleaned photo; null when the upload was refused.</summary>
    public byte[]? Content { get; }

    /// <summary>"image/jpeg", "image/png" or "image/webp", taken from the bytes; null when refused.</summary>
    public string? ContentType { get; }

    /// <summary>One of <see cref="NotImage"/>, <see cref="Empty"/>, <see cref="TooLarge"/>; null on success.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Content), nameof(ContentType))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static PhotoCheck Cleaned(byte[] content, string contentType) => new(content, contentType, null);

    public static PhotoCheck Failed(string error) => new(null, null, error);
}
