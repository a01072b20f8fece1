using ZXing;
using ZXing.Common;
using ZXing.OneD;
using ZXing.QrCode;
using ZXing.QrCode.Internal;

namespace Returns.Adapters.Documents;

/// <summary>
/// Encodes barcodes to ZXing bit matrices with one module per cell and no quiet zone,
/// so they can be drawn as vector rectangles at any scale (the caller leaves the quiet zone).
/// </summary>
public static class BarcodeMatrices
{
    /// <summary>Code 128 of <paramref name="value"/>: a matrix one row high, one column per module.</summary>
    public static BitMatrix Code128(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var hints = new Dictionary<EncodeHintType, object>
        {
            [EncodeHintType.MARGIN] = 0,
        };
        return new Code128Writer().encode(value, BarcodeFormat.CODE_128, 0, 1, hints);
    }

    /// <summary>
    /// QR code of <paramref name="value"/> (error correction M): one cell per module.
    /// Non-ASCII text is encoded as UTF-8 with an ECI marker; ASCII needs none.
    /// </summary>
    public static BitMatrix QrCode(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var hints = new Dictionary<EncodeHintType, object>
        {
            [EncodeHintType.MARGIN] = 0,
            [EncodeHintType.ERROR_CORRECTION] = ErrorCorrectionLevel.M,
        };
        if (!System.Text.Ascii.IsValid(value))
        {
            hints[EncodeHintType.CHARACTER_SET] = "UTF-8";
        }

        return new QRCodeWriter().encode(value, BarcodeFormat.QR_CODE, 0, 0, hints);
    }
}
