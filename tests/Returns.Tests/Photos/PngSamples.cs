using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Returns.Tests.Photos;

/// <summary>PNGs built chunk by chunk; CRCs come from System.IO.Hashing, independently of the product code.</summary>
public static class PngSamples
{
    public const string TextGps = "GPS 52.5200N 13.4050E";

    public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Chunk(string type, ReadOnlySpan<byte> data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk.AsSpan(8));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32.HashToUInt32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>1x1 RGB, 8 bits.</summary>
    public static byte[] Ihdr() => Chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

    public static byte[] Phys() => Chunk("pHYs", [0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1]);

    /// <summary>zlib stream of one filtered red pixel row.</summary>
    public static byte[] Idat() => Chunk("IDAT", [0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0xC9, 0xFE, 0x92, 0xEF]);

    public static byte[] Iend() => Chunk("IEND", []);

    /// <summary>Every metadata chunk a phone or editor might add, each with a location in it.</summary>
    public static byte[] MetadataChunks() =>
    [
        .. Chunk("tEXt", Encoding.Latin1.GetBytes("Comment\0" + TextGps)),
        .. Chunk("zTXt", Encoding.Latin1.GetBytes("Location\0\0GPS-compressed-ish")),
        .. Chunk("iTXt", Encoding.UTF8.GetBytes("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta exif:GPSLatitude=\"52,31.2N\"/>")),
        .. Chunk("eXIf", [.. "MM\0*\0\0\0\u0008"u8, 0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0, .. "GPS"u8]),
        .. Chunk("tIME", [0x07, 0xE9, 3, 1, 9, 30, 0]),
        .. Chunk("caBX", Encoding.ASCII.GetBytes("c2pa GPS assertion")),
    ];

    public static byte[] Phone() =>
        [.. Signature, .. Ihdr(), .. Chunk("tEXt", Encoding.Latin1.GetBytes("Software\0cam")), .. Phys(), .. MetadataChunks(), .. Idat(), .. Iend()];

    public static byte[] Clean() => [.. Signature, .. Ihdr(), .. Phys(), .. Idat(), .. Iend()];

    /// <summary>(type, data) of every chunk, asserting each length fits and each CRC is right.</summary>
    public static List<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        var chunks = new List<(string, byte[])>();
        var pos = 8;
        while (pos < png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            Assert.True(pos + 12 + length <= png.Length, "chunk overruns the file");
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + length));
            Assert.Equal(Crc32.HashToUInt32(png.AsSpan(pos + 4, 4 + length)), crc);
            chunks.Add((Encoding.ASCII.GetString(png, pos + 4, 4), png.AsSpan(pos + 8, length).ToArray()));
            pos += 12 + length;
        }
        return chunks;
    }
}
