using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;

namespace Returns.Tests.Functions;

/// <summary>
/// The deployable package is what `dotnet publish` of the Functions app writes: the worker, its generated function
/// metadata, the worker configuration, host.json, the WebJobs extensions the host loads, and the app's data files,
/// all at the root of the zip (Flex Consumption and zip deploy run it from there).
/// </summary>
public sealed class PublishedPackageTests : IClassFixture<PublishedPackageTests.Package>
{
    private readonly Package _package;

    public PublishedPackageTests(Package package) => _package = package;

    [Theory]
    [InlineData("Returns.Functions.dll")]
    [InlineData("Returns.Functions.runtimeconfig.json")]
    [InlineData("Returns.Functions.deps.json")]
    [InlineData("host.json")]
    [InlineData("worker.config.json")]
    [InlineData("functions.metadata")]
    [InlineData("extensions.json")]
    [InlineData(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.DurableTask.dll")]
    [InlineData("rules/manifest.json")]
    [InlineData("routing/hubs.json")]
    [InlineData("backoffice/grading.json")]
    public void Zip_HasFileAtItsRoot(string path)
    {
        Assert.Contains(path, _package.Entries);
    }

    [Fact]
    public void Zip_HoldsNoLocalSettings()
    {
        Assert.DoesNotContain(_package.Entries, e => e.EndsWith("local.settings.json", StringComparison.Ordinal));
    }

    [Fact]
    public void WorkerConfig_StartsTheIsolatedWorkerFromThePackage()
    {
        var description = _package.Json("worker.config.json").RootElement.GetProperty("description");

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal("Returns.Functions.dll", description.GetProperty("defaultWorkerPath").GetString());
        Assert.Equal("dotnet", description.GetProperty("defaultExecutablePath").GetString());
    }

    [Fact]
    public void RuntimeConfig_TargetsNet10()
    {
        var options = _package.Json("Returns.Functions.runtimeconfig.json").RootElement.GetProperty("runtimeOptions");

        Assert.Equal("net10.0", options.GetProperty("tfm").GetString());
    }

    [Fact]
    public void FunctionsMetadata_ListsEveryFunctionOfTheWorker()
    {
        var expected = typeof(Returns.Functions.PublicBaseUrl).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order();
        var metadata = _package.Json("functions.metadata").RootElement.EnumerateArray().ToArray();

        Assert.Equal(expected, metadata.Select(f => f.GetProperty("name").GetString()!).Order());
        Assert.All(metadata, f => Assert.Equal("Returns.Functions.dll", f.GetProperty("scriptFile").GetString()));
    }

    [Fact]
    public void ExtensionsJson_PointsAtExtensionsInsideThePackage()
    {
        var extensions = _package.Json("extensions.json").RootElement.GetProperty("extensions").EnumerateArray().ToArray();

        Assert.Contains(extensions, e => e.GetProperty("name").GetString() == "DurableTask");
        Assert.All(extensions, e => Assert.Contains(Path.GetRelativePath(".", e.GetProperty("hintPath").GetString()!), _package.Entries));
    }

    [Fact]
    public void HostJson_IsTheRepositorysHostJson()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(Browser.RepositoryRoot.Path, "host.json")), _package.Text("host.json"));
    }

    [Fact]
    public void Project_ForTheDurableTaskScheduler_AddsItsExtension()
    {
        static string[] References(params string[] properties) =>
            JsonDocument.Parse(DotnetCli.Run(TimeSpan.FromMinutes(2), ["msbuild", "functions/Returns.Functions.csproj", "-getItem:PackageReference", .. properties]))
                .RootElement.GetProperty("Items").GetProperty("PackageReference").EnumerateArray()
                .Select(i => i.GetProperty("Identity").GetString()!)
                .ToArray();
        const string scheduler = "Microsoft.Azure.Functions.Worker.Extensions.DurableTask.AzureManaged";

        Assert.DoesNotContain(scheduler, References());
        Assert.Contains(scheduler, References("-p:DurableBackend=DurableTaskScheduler"));
    }

    /// <summary>Publishes the already built Functions app once for the class, with the zip the README's deploy command makes.</summary>
    public sealed class Package : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("returns-package-").FullName;
        private readonly ZipArchive _zip;

        public Package()
        {
            var zipPath = Path.Combine(_folder, "returns-functions.zip");
            DotnetCli.Run(TimeSpan.FromMinutes(5), "publish", "functions/Returns.Functions.csproj", "-c", DotnetCli.BuildConfiguration, "--no-build",
                "-o", Path.Combine(_folder, "publish"), $"-p:PackageZip={zipPath}");
            _zip = ZipFile.OpenRead(zipPath);
            Entries = _zip.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')).Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        }

        public IReadOnlySet<string> Entries { get; }

        public string Text(string path)
        {
            using var reader = new StreamReader(_zip.GetEntry(path)!.Open());
            return reader.ReadToEnd();
        }

        public JsonDocument Json(string path) => JsonDocument.Parse(Text(path));

        public void Dispose()
        {
            _zip.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
