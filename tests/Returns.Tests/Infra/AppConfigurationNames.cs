using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Returns.Api.Configuration;

namespace Returns.Tests.Infra;

/// <summary>The configuration names the code reads: ReturnsSettings' keys and host.json's %NAME% and connection names.</summary>
public static partial class AppConfigurationNames
{
    /// <summary>Read by the local host only (where it listens, its data folder); Azure has neither.</summary>
    public static readonly IReadOnlySet<string> LocalOnly = new HashSet<string>(StringComparer.Ordinal) { "RETURNS_URLS", "RETURNS_DATA_DIR" };

    /// <summary>The keys of an identity-based connection (NAME__key) that the Functions host and Azure SDK clients read.</summary>
    public static readonly IReadOnlySet<string> IdentityKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "blobServiceUri", "queueServiceUri", "tableServiceUri", "fullyQualifiedNamespace", "credential", "clientId",
    };

    public static IReadOnlySet<string> All() =>
        SettingsKeys().Concat(HostJson()).Where(n => !LocalOnly.Contains(n)).ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<string> SettingsKeys() =>
        typeof(ReturnsSettings).GetProperties()
            .Select(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name)
            .OfType<string>();

    public static IEnumerable<string> HostJson()
    {
        var hostJson = JsonNode.Parse(File.ReadAllText(InfraTemplateFixture.RepositoryFile("host.json")))!;
        return Strings(hostJson, propertyName: null).SelectMany(s =>
            s.PropertyName is "connectionName" or "connectionStringName"
                ? [s.Value]
                : Placeholder().Matches(s.Value).Select(m => m.Groups[1].Value));
    }

    /// <summary>Set by NAME itself or, for a connection, by its identity keys NAME__key.</summary>
    public static bool IsSatisfied(string name, IEnumerable<string> settingNames) =>
        settingNames.Any(s => s == name || s.StartsWith(name + "__", StringComparison.Ordinal));

    private static IEnumerable<(string? PropertyName, string Value)> Strings(JsonNode? node, string? propertyName) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value, p.Key)),
        JsonArray a => a.SelectMany(item => Strings(item, propertyName)),
        JsonValue v when v.TryGetValue<string>(out var s) => [(propertyName, s)],
        _ => [],
    };

    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex Placeholder();
}
