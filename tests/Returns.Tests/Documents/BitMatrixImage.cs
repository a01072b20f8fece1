using ZXing;
using ZXing.Common;

namespace Returns.Tests.Documents;

/// <summary>Turns a ZXing bit matrix into a grayscale bitmap a reader can decode.</summary>
internal static class BitMatrixImage
{
    /// <param name="matrix">One cell per module.</param>
    /// <param name="scale">Pixels per module.</param>
    /// <param name="quietModules">White modules around the code.</param>
    /// <param name="minHeight">Rows to stretch a one-row (1D) matrix to, in pixels.</param>
    public static BinaryBitmap ToBinaryBitmap(BitMatrix matrix, int scale, int quietModules, int minHeight = 0)
    {
        var rowScale = Math.Max(scale, matrix.Height == 1 ? minHeight : 0);
        var width = (matrix.Width + (2 * quietModules)) * scale;
        var height = (matrix.Height * rowScale) + (2 * quietModules * scale);
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);

        for (var py = 0; py < height; py++)
        {
            var row = (py - (quietModules * scale)) / rowScale;
            if (py < quietModules * scale || row >= matrix.Height)
            {
                continue;
            }

            for (var px = quietModules * scale; px < width - (quietModules * scale); px++)
            {
                var col = (px - (quietModules * scale)) / scale;
                if (matrix[col, row])
                {
                    pixels[(py * width) + px] = 0;
                }
            }
        }

        var source = new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        return new BinaryBitmap(new HybridBinarizer(source));
    }
}
