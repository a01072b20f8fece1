using System.Text.Json.Nodes;

namespace Returns.Tests.Infra;

/// <summary>The Key Vault secrets main.bicep writes: the 'secrets' and 'optionalSecrets' objects it gives the vault module.</summary>
public static class InfraSecrets
{
    /// <summary>Secret name to the ARM expression of its value, as main.bicep passes them.</summary>
    public static IReadOnlyDictionary<string, string> VaultSecrets(JsonObject root)
    {
        var module = ArmTemplate.Resources(root)
            .Single(r => r.Type == "Microsoft.Resources/deployments" && ArmTemplate.At(r.Resource, "properties.parameters.secrets.value") is JsonObject);
        return new[] { "secrets", "optionalSecrets" }
            .Select(p => ArmTemplate.At(module.Resource, $"properties.parameters.{p}.value") as JsonObject ?? [])
            .SelectMany(o => o)
            .ToDictionary(p => p.Key, p => ArmTemplate.Text(p.Value));
    }

    public static IReadOnlySet<string> VaultSecretNames(JsonObject root) => VaultSecrets(root).Keys.ToHashSet(StringComparer.Ordinal);
}
