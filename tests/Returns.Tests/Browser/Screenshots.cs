using System.Text;
using Microsoft.Playwright;

namespace Returns.Tests.Browser;

/// <summary>
/// Full-page PNG screenshots kept as test artifacts in $RETURNS_TEST_RESULTS/screenshots (the results folder
/// ./test.sh uses; default &lt;repo&gt;/TestResults/test.sh/screenshots). A later run overwrites a file of the same name.
/// </summary>
public static class Screenshots
{
    /// <summary>The folder screenshots go to (created on first use).</summary>
    public static string Directory
    {
        get
        {
            var results = Environment.GetEnvironmentVariable("RETURNS_TEST_RESULTS");
            var root = string.IsNullOrWhiteSpace(results)
                ? Path.Combine(RepositoryRoot.Path, "TestResults", "test.sh")
                : Path.GetFullPath(results, RepositoryRoot.Path); // test.sh resolves a relative value from the repository root
            return Path.Combine(root, "screenshots");
        }
    }

    /// <summary>
    /// Saves the whole page (not just the viewport) as &lt;name&gt;.png and returns the file's path. The name should say
    /// what is shown and on which profile, e.g. "portal-lookup-Phone-de"; characters unsafe in file names become '-'.
    /// </summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var directory = Directory;
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(name) + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Type = ScreenshotType.Png });
        return path;
    }

    private static string FileName(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        var result = safe.ToString().Trim('.', '-');
        return result.Length == 0 ? "screenshot" : result;
    }
}
