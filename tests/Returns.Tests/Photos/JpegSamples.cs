using System.Buffers.Binary;
using System.Text;

namespace Returns.Tests.Photos;

/// <summary>Phone-like JPEGs built byte by byte: JFIF, Exif with GPS, XMP, IPTC, ICC, comment, one scan.</summary>
public static class JpegSamples
{
    public const string Description = "Exif GPS 52.5200N 13.4050E";
    public const string XmpGps = "exif:GPSLatitude=\"52,31.2N\"";
    public const string Comment = "Shot at Invalidenstr. 1, Berlin";
    public const string IptcCity = "IPTC-City:Berlin";
    public const string CameraMake = "PhoneMaker";

    /// <summary>Latitude 52/1, 31/1, 1200/100 as big-endian rationals (the bytes a leak would show).</summary>
    public static readonly byte[] LatitudeBigEndian = [0, 0, 0, 52, 0, 0, 0, 1, 0, 0, 0, 31, 0, 0, 0, 1, 0, 0, 4, 176, 0, 0, 0, 100];

    public static readonly byte[] IccPayload = [.. "ICC_PROFILE\0"u8, 1, 1, .. "fake-profile-bytes: colour only"u8];

    /// <summary>SOS through EOI: a scan header and entropy data with a stuffed FF00, a restart marker and fill bytes.</summary>
    public static readonly byte[] ScanAndEnd =
    [
        0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3F, 0x00,
        0x12, 0x34, 0xFF, 0x00, 0x56, 0xE1, 0xFF, 0xD0, 0x78, 0x9A, 0xFE, 0xFF, 0x00, 0x4A, 0x5B, 0x6C, 0xBC,
        0xFF, 0xFF, 0xD9,
    ];

    public static byte[] Segment(byte marker, ReadOnlySpan<byte> payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment.AsSpan(4));
        return segment;
    }

    public static byte[] Jfif() => Segment(0xE0, [.. "JFIF\0"u8, 1, 2, 0, 0, 72, 0, 72, 0, 0]);

    public static byte[] Icc() => Segment(0xE2, IccPayload);

    public static byte[] Xmp() => Segment(0xE1, Encoding.ASCII.GetBytes(
        "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:Description " + XmpGps + "/></x:xmpmeta>"));

    public static byte[] Iptc() => Segment(0xED, Encoding.ASCII.GetBytes("Photoshop 3.0\08BIM\x04\x04" + IptcCity));

    public static byte[] Com() => Segment(0xFE, Encoding.ASCII.GetBytes(Comment));

    /// <summary>The coding segments before the scan: quantisation table, baseline frame, Huffman table.</summary>
    public static byte[] Tables()
    {
        byte[] dqt = [0x00, .. Enumerable.Range(1, 64).Select(i => (byte)i)];
        byte[] sof = [8, 0, 16, 0, 16, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
        byte[] dht = [0x00, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x05];
        return [.. Segment(0xDB, dqt), .. Segment(0xC0, sof), .. Segment(0xC4, dht)];
    }

    /// <summary>An Exif APP1: IFD0 with description, make, orientation and a GPS IFD holding a latitude.</summary>
    public static byte[] Exif(int orientation, bool littleEndian)
    {
        var tiff = new byte[168];
        void W16(int at, int value)
        {
            if (littleEndian)
                BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), (ushort)value);
            else
                BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), (ushort)value);
        }
        void W32(int at, uint value)
        {
            if (littleEndian)
                BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at), value);
            else
                BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at), value);
        }
        void Entry(int at, int tag, int type, uint count, uint value)
        {
            W16(at, tag);
            W16(at + 2, type);
            W32(at + 4, count);
            W32(at + 8, value);
        }

        tiff[0] = tiff[1] = (byte)(littleEndian ? 'I' : 'M');
        W16(2, 42);
        W32(4, 8);
        // IFD0 at 8: four entries, then "no next IFD".
        W16(8, 4);
        Entry(10, 0x010E, 2, (uint)Description.Length + 1, 62);   // ImageDescription
        Entry(22, 0x010F, 2, (uint)CameraMake.Length + 1, 90);    // Make
        Entry(34, 0x0112, 3, 1, 0);                               // Orientation, SHORT
        W16(42, orientation);                                     // left-aligned in the value field
        Entry(46, 0x8825, 4, 1, 102);                             // GPS IFD pointer
        W32(58, 0);
        Encoding.ASCII.GetBytes(Description).CopyTo(tiff, 62);
        Encoding.ASCII.GetBytes(CameraMake).CopyTo(tiff, 90);
        // GPS IFD at 102: version, latitude ref, latitude.
        W16(102, 3);
        Entry(104, 0x0000, 1, 4, 0);
        tiff[112] = 2;
        tiff[113] = 2;
        Entry(116, 0x0001, 2, 2, 0);
        tiff[124] = (byte)'N';
        Entry(128, 0x0002, 5, 3, 144);                            // latitude rationals at 144
        W32(140, 0);
        for (var i = 0; i < 6; i++)
            W32(144 + 4 * i, BinaryPrimitives.ReadUInt32BigEndian(LatitudeBigEndian.AsSpan(4 * i)));

        return Segment(0xE1, [.. "Exif\0\0"u8, .. tiff]);
    }

    /// <summary>What a phone writes: JFIF, Exif (GPS + orientation), XMP with GPS, IPTC, ICC, comment, tables, scan.</summary>
    public static byte[] Phone(int orientation = 6, bool littleEndian = true) =>
    [
        0xFF, 0xD8, .. Jfif(), .. Exif(orientation, littleEndian), .. Xmp(), .. Iptc(), .. Icc(), .. Com(), .. Tables(), .. ScanAndEnd,
    ];

    /// <summary>The segments before the first SOS, as (marker, payload).</summary>
    public static List<(byte Marker, byte[] Payload)> HeaderSegments(byte[] jpeg)
    {
        Assert.True(jpeg.Length >= 2 && jpeg[0] == 0xFF && jpeg[1] == 0xD8, "no SOI");
        var segments = new List<(byte, byte[])>();
        var pos = 2;
        while (true)
        {
            Assert.Equal(0xFF, jpeg[pos]);
            var marker = jpeg[pos + 1];
            if (marker == 0xDA)
                return segments;
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(pos + 2));
            segments.Add((marker, jpeg.AsSpan(pos + 4, length - 2).ToArray()));
            pos += 2 + length;
        }
    }

    /// <summary>Orientation from an Exif APP1 payload, read independently of the product code (either byte order).</summary>
    public static int? ReadOrientation(byte[] app1Payload)
    {
        if (!app1Payload.AsSpan().StartsWith("Exif\0\0"u8))
            return null;
        var tiff = app1Payload.AsSpan(6);
        var little = tiff[0] == 'I';
        int U16(ReadOnlySpan<byte> s, int at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s[at..]) : BinaryPrimitives.ReadUInt16BigEndian(s[at..]);
        int U32(ReadOnlySpan<byte> s, int at) => (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(s[at..]) : BinaryPrimitives.ReadUInt32BigEndian(s[at..]));
        Assert.Equal(42, U16(tiff, 2));
        var ifd = U32(tiff, 4);
        for (var i = 0; i < U16(tiff, ifd); i++)
        {
            var entry = ifd + 2 + 12 * i;
            if (U16(tiff, entry) == 0x0112)
                return U16(tiff, entry + 8);
        }
        return null;
    }
}
