using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;

namespace Returns.Tests.Documents;

/// <summary>Collects the string operands of the text-showing operators (Tj, TJ, ', ") of a page's content streams.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Strings(PdfPage page)
    {
        var found = new List<string>();
        Collect(ContentReader.ReadContent(page), found);
        return found;
    }

    private static void Collect(CObject item, List<string> found)
    {
        switch (item)
        {
            case COperator op when op.OpCode.Name is "Tj" or "TJ" or "'" or "\"":
                Collect(op.Operands, found);
                break;
            case CString text:
                found.Add(text.Value);
                break;
            case CSequence sequence:
                foreach (var child in sequence)
                {
                    Collect(child, found);
                }

                break;
        }
    }
}
