using System.Diagnostics;
using Returns.Tests.Browser;

namespace Returns.Tests.Hosting;

/// <summary>
/// scripts/azurite-patch.js, which stops Azurite's queue store from re-sorting every message on every queue operation
/// (the one-machine host stalls at a thousand returns in flight without it), on a copy of the code it patches.
/// </summary>
public sealed class AzuritePatchTests : IDisposable
{
    private const string StoreFile = "node_modules/azurite/dist/src/queue/persistence/LokiQueueMetadataStore.js";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("azurite-patch-");

    /// <summary>The two places as Azurite 3.37 has them, inside some surrounding code.</summary>
    private const string Original = """
            async getMessages(account, queue) {
                const docs = coll
                    .limit(numOfMessages)
                    .data();
                coll.update(docs);
                return res;
            }
            async clearExpiredMessages(account, queue, context) {
                const docs = coll
                    .chain()
                    .find(query)
                    .data();
                coll.remove(docs);
            }
        """;

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Patch_TheKnownCode_SkipsEmptyRemovalsAndUpdatesOneByOne_AndIsIdempotent()
    {
        var file = Write(Original.Replace("\r\n", "\n", StringComparison.Ordinal));

        var (code, error) = Run();
        var patched = File.ReadAllText(file);
        var (again, _) = Run();

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("if (docs.length > 0) {\n            coll.remove(docs);\n        }", patched, StringComparison.Ordinal);
        Assert.Contains("for (const doc of docs) {\n            coll.update(doc);\n        }", patched, StringComparison.Ordinal);
        Assert.DoesNotContain("coll.update(docs)", patched, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Equal(patched, File.ReadAllText(file));
    }

    [Fact]
    public void Patch_CodeItDoesNotKnow_LeftAsItIsWithANote()
    {
        var other = "async clearExpiredMessages() { this.store.sweep(); }\n";
        var file = Write(other);

        var (code, error) = Run();

        Assert.Equal(0, code); // Azurite still starts, just unpatched
        Assert.Equal(other, File.ReadAllText(file));
        Assert.Contains("left unpatched", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Patch_AzuriteNotInstalled_DoesNothing()
    {
        var (code, error) = Run();

        Assert.Equal((0, ""), (code, error));
        Assert.False(Directory.Exists(Path.Combine(_root.FullName, "node_modules")));
    }

    [Fact]
    public void TheAzuriteOfThisRepository_IsPatched()
    {
        // ./test.sh and ./run.sh patch it when they start Azurite (scripts/azurite.sh).
        var installed = Path.Combine(RepositoryRoot.Path, StoreFile);
        Assert.True(File.Exists(installed), "Azurite is not installed: run npm ci (./test.sh does).");
        Assert.Contains("returns: indexes kept sorted", File.ReadAllText(installed), StringComparison.Ordinal);
    }

    private string Write(string content)
    {
        var file = Path.Combine(_root.FullName, StoreFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    private (int Code, string Error) Run()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", "azurite-patch.js"));
        start.ArgumentList.Add(_root.FullName);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000), "node did not finish");
        return (process.ExitCode, error.Result.Trim());
    }
}
