using System.Text.Json.Nodes;

namespace Returns.Tests.Infra;

/// <summary>Compiles and lints infra/main.bicep once for every infrastructure test (the CLI is slow to start).</summary>
public sealed class InfraTemplateFixture
{
    public const string MainBicep = "infra/main.bicep";

    private readonly Lazy<JsonObject> _template;

    public InfraTemplateFixture()
    {
        Build = BicepCli.Run("build", MainBicep, "--stdout");
        Lint = BicepCli.Run("lint", MainBicep);
        _template = new Lazy<JsonObject>(() =>
        {
            Assert.True(Build.ExitCode == 0, $"bicep build {MainBicep} failed: {Build}");
            return JsonNode.Parse(Build.StandardOutput)?.AsObject()
                ?? throw new InvalidOperationException("bicep build printed no template.");
        });
    }

    internal BicepResult Build { get; }

    internal BicepResult Lint { get; }

    /// <summary>The compiled ARM template of main.bicep, modules nested as deployments.</summary>
    public JsonObject Template => _template.Value;

    public static string RepositoryFile(string relativePath) => Path.Combine(Browser.RepositoryRoot.Path, relativePath);
}
