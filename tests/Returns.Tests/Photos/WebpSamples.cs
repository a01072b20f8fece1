using System.Buffers.Binary;
using System.Text;

namespace Returns.Tests.Photos;

/// <summary>WebP (RIFF) files built chunk by chunk, with odd-sized chunks and their padding bytes.</summary>
public static class WebpSamples
{
    public const byte IccFlag = 0x20;
    public const byte AlphaFlag = 0x10;
    public const byte ExifFlag = 0x08;
    public const byte XmpFlag = 0x04;

    public static byte[] Chunk(string fourCc, ReadOnlySpan<byte> data)
    {
        var padded = data.Length + (data.Length & 1);
        var chunk = new byte[8 + padded];
        Encoding.ASCII.GetBytes(fourCc).CopyTo(chunk, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)data.Length);
        data.CopyTo(chunk.AsSpan(8));
        return chunk;
    }

    public static byte[] Riff(params byte[][] chunks)
    {
        byte[] body = [.. "WEBP"u8, .. chunks.SelectMany(c => c)];
        var file = new byte[8 + body.Length];
        "RIFF"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)body.Length);
        body.CopyTo(file, 8);
        return file;
    }

    /// <summary>VP8X for a 1x1 canvas with the given flags.</summary>
    public static byte[] Vp8x(byte flags) => Chunk("VP8X", [flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

    /// <summary>Odd-sized (7 bytes) so it carries a padding byte.</summary>
    public static byte[] Iccp() => Chunk("ICCP", "profile"u8);

    /// <summary>A lossy bitstream stand-in, odd-sized (11 bytes).</summary>
    public static byte[] Vp8() => Chunk("VP8 ", [0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, 0x01, 0x00, 0x01, 0x00, 0x02]);

    public static byte[] Exif() => Chunk("EXIF", [.. "II*\0"u8, .. "GPS 52.5200N 13.4050E"u8]);

    public static byte[] Xmp() => Chunk("XMP ", "<x:xmpmeta exif:GPSLatitude=\"52,31.2N\"/>"u8);

    public static byte[] Phone() => Riff(Vp8x(IccFlag | ExifFlag | XmpFlag), Iccp(), Vp8(), Exif(), Xmp());

    /// <summary>(fourCC, data) of every chunk, asserting the RIFF size and that each chunk and its pad fit.</summary>
    public static List<(string FourCc, byte[] Data)> Chunks(byte[] webp)
    {
        Assert.Equal("RIFF", Encoding.ASCII.GetString(webp, 0, 4));
        Assert.Equal("WEBP", Encoding.ASCII.GetString(webp, 8, 4));
        Assert.Equal(webp.Length - 8, (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(4)));
        var chunks = new List<(string, byte[])>();
        var pos = 12;
        while (pos < webp.Length)
        {
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(pos + 4));
            var padded = size + (size & 1);
            Assert.True(pos + 8 + padded <= webp.Length, "chunk or its padding overruns the file");
            chunks.Add((Encoding.ASCII.GetString(webp, pos, 4), webp.AsSpan(pos + 8, size).ToArray()));
            pos += 8 + padded;
        }
        return chunks;
    }
}
