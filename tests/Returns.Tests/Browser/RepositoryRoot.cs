namespace Returns.Tests.Browser;

/// <summary>The checkout the tests run from: the first folder above the test assembly that holds Returns.Functions.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Returns.Functions.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} holds Returns.Functions.sln; the browser tests must run from a checkout of the repository.");
    }
}
