using System.Buffers.Binary;

namespace Returns.Api.Photos;

/// <summary>
/// Rewrites a PNG with only the chunks needed to show it. Critical chunks stay; of the ancillary
/// ones (which decoders may ignore by definition) only the rendering ones stay (transparency,
/// colour, gamma, pixel size, animation). Everything else goes: eXIf, tEXt, zTXt, iTXt, tIME, and
/// unknown chunks such as C2PA manifests, which can carry locations too. Bytes after IEND are dropped.
/// </summary>
internal static class PngMetadata
{
    public const string ContentType = "image/png";

    private const int ChunkOverhead = 12; // length, type, CRC
    private const int IhdrLength = 13;

    private static readonly HashSet<string> KeptAncillary =
    [
        "tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCV", "mDCv", "cLLI", "cLLi",
        "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT",
    ];

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool Matches(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    /// <summary>The cleaned PNG, or null when a chunk is truncated, misnamed or fails its CRC.</summary>
    public static byte[]? Strip(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(Signature);
        var pos = Signature.Length;
        var first = true;
        var sawImageData = false;
        while (true)
        {
            if (pos + ChunkOverhead > data.Length)
                return null;
            long length = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(pos, 4));
            var end = pos + ChunkOverhead + length;
            if (length > int.MaxValue || end > data.Length)
                return null;
            var type = data.Slice(pos + 4, 4);
            if (!IsChunkName(type))
                return null;
            var typeAndData = data.Slice(pos + 4, 4 + (int)length);
            if (PngCrc.Compute(typeAndData) != BinaryPrimitives.ReadUInt32BigEndian(data.Slice(pos + 8 + (int)length, 4)))
                return null;
            if (first && (!type.SequenceEqual("IHDR"u8) || length != IhdrLength))
                return null;
            first = false;

            var chunk = data[pos..(int)end];
            if (type.SequenceEqual("IEND"u8))
            {
                if (!sawImageData)
                    return null;
                output.Write(chunk);
                return output.ToArray();
            }
            sawImageData |= type.SequenceEqual("IDAT"u8);
            if (Keep(type))
                output.Write(chunk);
            pos = (int)end;
        }
    }

    // Bit 5 of the first letter is the ancillary bit: lower case means "safe to ignore".
    private static bool Keep(ReadOnlySpan<byte> type) =>
        (type[0] & 0x20) == 0 || KeptAncillary.Contains(System.Text.Encoding.ASCII.GetString(type));

    private static bool IsChunkName(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (b is not (>= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z'))
                return false;
        }
        return true;
    }
}
