using System.Buffers.Binary;

namespace Returns.Api.Photos;

/// <summary>
/// The one Exif tag worth keeping: Orientation (0x0112) in IFD0. Phones store pictures sideways and
/// rely on it, so dropping it would show the customer's photo rotated.
/// </summary>
internal static class ExifOrientation
{
    private const ushort OrientationTag = 0x0112;
    private const ushort TypeShort = 3;
    private const ushort TypeLong = 4;

    /// <summary>"Exif\0\0": how an Exif APP1 payload starts; the TIFF structure follows.</summary>
    public static ReadOnlySpan<byte> Header => "Exif\0\0"u8;

    /// <summary>The orientation (1..8) in an Exif APP1 payload, or 0 when there is none or it is unreadable.</summary>
    public static int Read(ReadOnlySpan<byte> app1Payload)
    {
        // Some writers put a non-zero pad after "Exif\0", so only the first five bytes are checked.
        if (app1Payload.Length < Header.Length || !app1Payload.StartsWith(Header[..5]))
            return 0;
        var tiff = app1Payload[Header.Length..];
        if (tiff.Length < 8)
            return 0;
        bool littleEndian;
        if (tiff[0] == 'I' && tiff[1] == 'I')
            littleEndian = true;
        else if (tiff[0] == 'M' && tiff[1] == 'M')
            littleEndian = false;
        else
            return 0;
        if (U16(tiff, 2, littleEndian) != 42)
            return 0;

        long ifd = U32(tiff, 4, littleEndian);
        if (ifd < 8 || ifd + 2 > tiff.Length)
            return 0;
        int count = U16(tiff, (int)ifd, littleEndian);
        for (var i = 0; i < count; i++)
        {
            var entry = ifd + 2 + 12L * i;
            if (entry + 12 > tiff.Length)
                return 0;
            var at = (int)entry;
            if (U16(tiff, at, littleEndian) != OrientationTag)
                continue;
            var type = U16(tiff, at + 2, littleEndian);
            if (U32(tiff, at + 4, littleEndian) < 1)
                return 0;
            // A single SHORT sits left-aligned in the 4-byte value field, in the file's byte order.
            long value = type switch
            {
                TypeShort => U16(tiff, at + 8, littleEndian),
                TypeLong => U32(tiff, at + 8, littleEndian),
                _ => 0,
            };
            return value is >= 1 and <= 8 ? (int)value : 0;
        }
        return 0;
    }

    /// <summary>A complete APP1 segment (marker included) whose Exif holds nothing but the orientation.</summary>
    public static byte[] Segment(int orientation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(orientation, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(orientation, 8);
        return
        [
            0xFF, 0xE1, 0x00, 0x22,                         // APP1, length 34
            (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'M', (byte)'M', 0x00, 0x2A,               // big-endian TIFF
            0x00, 0x00, 0x00, 0x08,                         // IFD0 right after the header
            0x00, 0x01,                                     // one entry
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, // Orientation, SHORT, count 1
            0x00, (byte)orientation, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,                         // no next IFD: the thumbnail IFD is gone too
        ];
    }

    private static ushort U16(ReadOnlySpan<byte> span, int at, bool littleEndian) => littleEndian
        ? BinaryPrimitives.ReadUInt16LittleEndian(span.Slice(at, 2))
        : BinaryPrimitives.ReadUInt16BigEndian(span.Slice(at, 2));

    private static uint U32(ReadOnlySpan<byte> span, int at, bool littleEndian) => littleEndian
        ? BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(at, 4))
        : BinaryPrimitives.ReadUInt32BigEndian(span.Slice(at, 4));
}
