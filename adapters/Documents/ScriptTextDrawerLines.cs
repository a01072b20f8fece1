using PdfSharp.Drawing;

namespace Returns.Adapters.Documents;

internal static class ScriptTextDrawerLines
{
    /// <summary>Draws lines one under the other from <paramref name="y"/>, each in a slot of <paramref name="lineHeight"/>.</summary>
    public static void DrawLines(this ScriptTextDrawer text, IEnumerable<string> lines, double size, bool bold, XBrush ink, double x, double y, double lineHeight)
    {
        foreach (var line in lines)
        {
            text.DrawInSlot(line, size, bold, ink, x, y, lineHeight);
            y += lineHeight;
        }
    }
}
