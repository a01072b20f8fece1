using System.Globalization;
using System.Text;

namespace Returns.Adapters.Documents;

/// <summary>A QR code as a small SVG (one path, crisp at any size), for pages that show the label's QR code.</summary>
public static class QrSvg
{
    private const int Quiet = 4;

    public static string Render(string value)
    {
        var matrix = BarcodeMatrices.QrCode(value);
        var size = matrix.Width + (2 * Quiet);
        var path = new StringBuilder();
        for (var y = 0; y < matrix.Height; y++)
        {
            for (var x = 0; x < matrix.Width; x++)
            {
                if (matrix[x, y])
                    path.Append(CultureInfo.InvariantCulture, $"M{x + Quiet} {y + Quiet}h1v1h-1z");
            }
        }

        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
