namespace Returns.Api.Photos;

/// <summary>
/// Rewrites a JPEG without its metadata segments. Kept: the JFIF APP0, ICC colour profiles (APP2
/// "ICC_PROFILE"), the short Adobe APP14 (it says how CMYK/YCCK pixels are to be read) and every
/// coding segment (tables, frame, scans). Dropped: Exif and XMP (APP1), IPTC/Photoshop (APP13), all
/// other APPn, comments, and whatever follows EOI (Samsung trailers, appended MPF images with their
/// own Exif). Orientation survives as a minimal Exif APP1. Scan data is copied byte for byte.
/// </summary>
internal static class JpegMetadata
{
    public const string ContentType = "image/jpeg";

    private const byte Tem = 0x01;
    private const byte Rst0 = 0xD0;
    private const byte Rst7 = 0xD7;
    private const byte Soi = 0xD8;
    private const byte Eoi = 0xD9;
    private const byte Sos = 0xDA;
    private const byte App0 = 0xE0;
    private const byte App1 = 0xE1;
    private const byte App2 = 0xE2;
    private const byte App14 = 0xEE;
    private const byte App15 = 0xEF;
    private const byte Com = 0xFE;
    private const int AdobePayloadLength = 12;

    public static bool Matches(ReadOnlySpan<byte> data) =>
        data.Length >= 3 && data[0] == 0xFF && data[1] == Soi && data[2] == 0xFF;

    /// <summary>The cleaned JPEG, or null when its structure is broken.</summary>
    public static byte[]? Strip(ReadOnlySpan<byte> data)
    {
        var pos = 2;
        var orientation = 0;
        var header = new List<(int Start, int Length, byte Marker)>();

        // Up to the first SOS: keep the segments we trust, remember the orientation.
        while (true)
        {
            if (!TryReadMarker(data, ref pos, out var marker) || marker is Soi or Eoi)
                return null;
            if (IsStandalone(marker))
                continue;
            var start = pos - 2;
            if (!TryReadSegment(data, ref pos, out var payload))
                return null;
            if (marker == Sos)
            {
                pos = start;
                break;
            }
            if (marker == App1 && orientation == 0)
                orientation = ExifOrientation.Read(payload);
            if (KeepInHeader(marker, payload))
                header.Add((start, pos - start, marker));
        }

        using var output = new MemoryStream(data.Length + 64);
        output.Write([0xFF, Soi]);
        // JFIF wants its APP0 straight after SOI, so the Exif goes after it (the usual camera layout).
        var exifAt = header.Count > 0 && header[0].Marker == App0 ? 1 : 0;
        for (var i = 0; i <= header.Count; i++)
        {
            if (i == exifAt && orientation > 1)
                output.Write(ExifOrientation.Segment(orientation));
            if (i < header.Count)
                output.Write(data.Slice(header[i].Start, header[i].Length));
        }

        // From the first SOS: scans and the tables between them, until EOI.
        while (true)
        {
            if (!TryReadMarker(data, ref pos, out var marker) || marker == Soi)
                return null;
            if (marker == Eoi)
            {
                output.Write([0xFF, Eoi]);
                return output.ToArray();
            }
            if (IsStandalone(marker))
            {
                output.Write([0xFF, marker]);
                continue;
            }
            var start = pos - 2;
            if (!TryReadSegment(data, ref pos, out _))
                return null;
            // Progressive files may carry APPn or COM between scans; nothing there is needed to decode.
            if (marker is >= App0 and <= App15 or Com)
                continue;
            output.Write([0xFF, marker]);
            output.Write(data[(start + 2)..pos]);
            if (marker == Sos)
            {
                var end = EndOfScanData(data, pos);
                if (end < 0)
                    return null;
                output.Write(data[pos..end]);
                pos = end;
            }
        }
    }

    private static bool KeepInHeader(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        App0 => payload.StartsWith("JFIF\0"u8),
        App2 => payload.StartsWith("ICC_PROFILE\0"u8),
        App14 => payload.Length == AdobePayloadLength && payload.StartsWith("Adobe"u8),
        >= App0 and <= App15 or Com => false,
        _ => true,
    };

    private static bool IsStandalone(byte marker) => marker is Tem or >= Rst0 and <= Rst7;

    /// <summary>Reads "FF xx" at pos (skipping fill bytes); pos ends after the marker byte.</summary>
    private static bool TryReadMarker(ReadOnlySpan<byte> data, ref int pos, out byte marker)
    {
        marker = 0;
        if (pos >= data.Length || data[pos] != 0xFF)
            return false;
        while (pos < data.Length && data[pos] == 0xFF)
            pos++;
        if (pos >= data.Length || data[pos] == 0x00)
            return false;
        marker = data[pos++];
        return true;
    }

    /// <summary>Reads a length-prefixed segment body at pos; pos ends after it.</summary>
    private static bool TryReadSegment(ReadOnlySpan<byte> data, ref int pos, out ReadOnlySpan<byte> payload)
    {
        payload = default;
        if (pos + 2 > data.Length)
            return false;
        var length = (data[pos] << 8) | data[pos + 1];
        if (length < 2 || pos + length > data.Length)
            return false;
        payload = data.Slice(pos + 2, length - 2);
        pos += length;
        return true;
    }

    /// <summary>
    /// Where the entropy-coded data after an SOS header ends: at the next marker other than a
    /// stuffed FF00 or a restart marker. -1 when the file ends first (truncated).
    /// </summary>
    private static int EndOfScanData(ReadOnlySpan<byte> data, int pos)
    {
        var i = pos;
        while (true)
        {
            var found = data[i..].IndexOf((byte)0xFF);
            if (found < 0)
                return -1;
            i += found;
            if (i + 1 >= data.Length)
                return -1;
            var next = data[i + 1];
            if (next == 0x00 || next is >= Rst0 and <= Rst7)
                i += 2;
            else if (next == 0xFF)
                i++;
            else
                return i;
        }
    }
}
