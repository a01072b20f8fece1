using System.Buffers.Binary;

namespace Returns.Api.Photos;

/// <summary>
/// Rewrites a WebP (RIFF) file with only the chunks that make up the picture: VP8X, ICCP, ANIM,
/// ANMF, ALPH, "VP8 " and VP8L. EXIF, "XMP " and unknown chunks are dropped, the VP8X flags stop
/// announcing EXIF/XMP, and the RIFF size is recomputed. Bytes after the RIFF payload are dropped.
/// </summary>
internal static class WebpMetadata
{
    public const string ContentType = "image/webp";

    private const int RiffHeaderLength = 12; // "RIFF", size, "WEBP"
    private const int ChunkHeaderLength = 8; // FourCC, size
    private const int Vp8xPayloadLength = 10;
    private const byte ExifAndXmpFlags = 0x08 | 0x04;

    public static bool Matches(ReadOnlySpan<byte> data) =>
        data.Length >= RiffHeaderLength && data.StartsWith("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8);

    /// <summary>The cleaned WebP, or null when the RIFF structure is broken.</summary>
    public static byte[]? Strip(ReadOnlySpan<byte> data)
    {
        long riffSize = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(4, 4));
        var end = 8 + riffSize;
        if (riffSize < 4 || end > data.Length)
            return null;

        using var output = new MemoryStream(data.Length + 1);
        output.Write(data[..RiffHeaderLength]); // the size is fixed below
        var pos = RiffHeaderLength;
        var first = true;
        var sawImage = false;
        while (pos < end)
        {
            if (pos + ChunkHeaderLength > end)
                return null;
            var fourCc = data.Slice(pos, 4);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(pos + 4, 4));
            var dataEnd = pos + ChunkHeaderLength + size;
            // Odd-sized chunks are followed by one padding byte. libwebp accepts a missing pad after
            // the last chunk, so that is tolerated and the pad written out.
            var next = dataEnd + (size & 1);
            if (dataEnd > end || (next > end && dataEnd != end))
                return null;

            var isVp8x = fourCc.SequenceEqual("VP8X"u8);
            if (first && !(isVp8x || IsImage(fourCc)))
                return null;
            if (isVp8x && (!first || size < Vp8xPayloadLength))
                return null;
            first = false;
            sawImage |= IsImage(fourCc) || fourCc.SequenceEqual("ANMF"u8);

            if (isVp8x || Keep(fourCc))
            {
                var start = output.Position;
                output.Write(data[pos..(int)dataEnd]);
                if ((size & 1) == 1)
                    output.WriteByte(0);
                if (isVp8x)
                {
                    var buffer = output.GetBuffer();
                    buffer[(int)start + ChunkHeaderLength] &= unchecked((byte)~ExifAndXmpFlags);
                }
            }
            pos = (int)Math.Min(next, end);
        }
        if (!sawImage)
            return null;

        var cleaned = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(cleaned.AsSpan(4, 4), (uint)(cleaned.Length - 8));
        return cleaned;
    }

    private static bool IsImage(ReadOnlySpan<byte> fourCc) => fourCc.SequenceEqual("VP8 "u8) || fourCc.SequenceEqual("VP8L"u8);

    private static bool Keep(ReadOnlySpan<byte> fourCc) =>
        IsImage(fourCc) || fourCc.SequenceEqual("ALPH"u8) || fourCc.SequenceEqual("ANIM"u8)
        || fourCc.SequenceEqual("ANMF"u8) || fourCc.SequenceEqual("ICCP"u8);
}
