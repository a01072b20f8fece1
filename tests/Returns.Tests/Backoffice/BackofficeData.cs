using Returns.Orchestrations.Backoffice;
using Returns.Tests.Browser;

namespace Returns.Tests.Backoffice;

/// <summary>
/// The shipped backoffice files: the <c>backoffice/</c> folder beside the test assembly when the build copies it there,
/// else the source folder <c>orchestrations/Backoffice/Data</c> of the checkout.
/// </summary>
public static class BackofficeData
{
    public static string Folder { get; } = Find();

    private static readonly Lazy<BackofficeRules> LazyRules = new(() => BackofficeRules.Load(Folder));

    public static BackofficeRules Rules => LazyRules.Value;

    private static string Find()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "backoffice");
        return File.Exists(Path.Combine(shipped, BackofficeRules.GradingFile))
            ? shipped
            : Path.Combine(RepositoryRoot.Path, "orchestrations", "Backoffice", "Data");
    }

    /// <summary>A copy of the shipped files in a new temporary folder, with <paramref name="edit"/> applied to one of them.</summary>
    public static string CopyWith(string file, Func<string, string> edit)
    {
        var folder = Path.Combine(Path.GetTempPath(), "backoffice-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { BackofficeRules.GradingFile, BackofficeRules.DispositionsFile })
        {
            var text = File.ReadAllText(Path.Combine(Folder, name));
            File.WriteAllText(Path.Combine(folder, name), name == file ? edit(text) : text);
        }

        return folder;
    }
}
