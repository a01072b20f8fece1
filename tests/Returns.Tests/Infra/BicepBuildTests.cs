using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Returns.Tests.Infra;

/// <summary>main.bicep compiles and lints clean, and azd's parameter file and azure.yaml agree with it.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class BicepBuildTests(InfraTemplateFixture infra)
{
    [Fact]
    public void MainBicep_Build_HasNoDiagnostics()
    {
        // A warning counts: BCP081 (a resource type missing from this Bicep's types) is one.
        Assert.True(infra.Build.ExitCode == 0 && string.IsNullOrWhiteSpace(infra.Build.StandardError), infra.Build.ToString());
        Assert.NotNull(infra.Template["resources"]);
    }

    [Fact]
    public void MainBicep_Lint_ReportsNothing()
    {
        Assert.True(infra.Lint.ExitCode == 0 && infra.Lint.ProblemLines(includeStandardOutput: true).Count == 0, infra.Lint.ToString());
    }

    [Fact]
    public void ParametersFile_EveryParameter_IsDeclaredInMainBicep()
    {
        var declared = infra.Template["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();

        Assert.All(ParameterFileValues().Keys, name => Assert.Contains(name, declared));
    }

    [Fact]
    public void ParametersFile_EveryRequiredParameter_IsMapped()
    {
        var required = infra.Template["parameters"]!.AsObject().Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key);
        var mapped = ParameterFileValues();

        Assert.All(required, name => Assert.True(mapped.ContainsKey(name), $"Required parameter {name} is not in main.parameters.json."));
    }

    [Fact]
    public void ParametersFile_GeneratedSecrets_AreReadBackFromTheVaultSecretTheyFill()
    {
        var vaultSecrets = InfraSecrets.VaultSecrets(infra.Template);
        var generated = ParameterFileValues()
            .Select(p => (Parameter: p.Key, Match: SecretOrRandomPassword().Match(p.Value)))
            .Where(p => p.Match.Success)
            .ToArray();
        var requiredSecure = infra.Template["parameters"]!.AsObject()
            .Where(p => (string?)p.Value!["type"] == "securestring" && p.Value["defaultValue"] is null)
            .Select(p => p.Key);

        Assert.All(requiredSecure, p => Assert.Contains(p, generated.Select(g => g.Parameter)));
        Assert.All(generated, g =>
        {
            var secret = g.Match.Groups[1].Value;
            Assert.True(vaultSecrets.ContainsKey(secret), $"{g.Parameter} reads vault secret {secret}, which main.bicep does not write.");
            Assert.Contains($"parameters('{g.Parameter}')", ExpandVariables(vaultSecrets[secret]));
        });
    }

    [Fact]
    public void AzureYaml_ApiService_DeploysFunctionsToTheTaggedSite()
    {
        var yaml = File.ReadAllLines(InfraTemplateFixture.RepositoryFile("azure.yaml")).Select(l => l.Trim()).ToArray();
        var functionApp = Assert.Single(ArmTemplate.Resources(infra.Template),
            r => r.Type == "Microsoft.Resources/deployments" && ArmTemplate.At(r.Resource, "properties.parameters.serviceName") is not null);

        Assert.Contains("name: returns", yaml);
        Assert.Contains("api:", yaml);
        Assert.Contains("project: ./functions", yaml);
        Assert.Contains("host: function", yaml);
        Assert.Contains("path: infra", yaml);
        Assert.Equal("api", functionApp.Text("properties.parameters.serviceName.value"));
    }

    private static Dictionary<string, string> ParameterFileValues()
    {
        var file = JsonNode.Parse(File.ReadAllText(InfraTemplateFixture.RepositoryFile("infra/main.parameters.json")))!;
        return file["parameters"]!.AsObject().ToDictionary(p => p.Key, p => ArmTemplate.Text(p.Value!["value"]));
    }

    /// <summary>The expression with the main template's variables it references appended (one level).</summary>
    private string ExpandVariables(string expression) =>
        string.Join('\n', ArmTemplate.VariableReferences(expression)
            .Select(v => ArmTemplate.Text(ArmTemplate.At(infra.Template, "variables." + v)))
            .Prepend(expression));

    [GeneratedRegex(@"^\$\(secretOrRandomPassword \$\{AZURE_KEY_VAULT_NAME\} ([a-z0-9-]+)\)$")]
    private static partial Regex SecretOrRandomPassword();
}
