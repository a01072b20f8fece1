using System.Diagnostics;
using System.Text;

namespace Returns.Tests.Documents;

/// <summary>Runs poppler-utils (pdftotext, pdffonts; installed by .ci/run) on PDF bytes.</summary>
internal static class Poppler
{
    /// <summary>The text of one page (1-based) or of all pages, as pdftotext extracts it (UTF-8).</summary>
    public static string Text(byte[] pdf, int? page = null)
    {
        var range = page is { } p ? $"-f {p} -l {p} " : "";
        return Run("pdftotext", $"-enc UTF-8 {range}\"{{0}}\" -", pdf);
    }

    /// <summary>The text of all pages, or null when pdftotext cannot read the bytes (other tests store fake PDFs).</summary>
    public static string? TryText(byte[] pdf)
    {
        var (exitCode, stdout, _) = Execute("pdftotext", "-enc UTF-8 \"{0}\" -", pdf);
        return exitCode == 0 ? stdout : null;
    }

    /// <summary>pdffonts' table: one row per font with its type, encoding and whether it is embedded.</summary>
    public static IReadOnlyList<PdfFontRow> Fonts(byte[] pdf)
    {
        var output = Run("pdffonts", "\"{0}\"", pdf);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2) // header and dashes
            .Select(PdfFontRow.Parse)
            .ToArray();
    }

    private static string Run(string tool, string argumentsFormat, byte[] pdf)
    {
        var (exitCode, stdout, stderr) = Execute(tool, argumentsFormat, pdf);
        Assert.True(exitCode == 0, $"{tool} failed ({exitCode}): {stderr}");
        return stdout;
    }

    private static (int ExitCode, string Stdout, string Stderr) Execute(string tool, string argumentsFormat, byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"returns-label-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool, string.Format(System.Globalization.CultureInfo.InvariantCulture, argumentsFormat, path))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(30_000))
            {
                process.Kill();
                throw new TimeoutException($"{tool} did not finish in 30 s.");
            }

            return (process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
