using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Returns.Tests.Infra;

/// <summary>A resource of a compiled template, with the template it sits in (for its variables).</summary>
public sealed record ArmResource(JsonObject Template, JsonObject Resource)
{
    public string Type => (string?)Resource["type"] ?? "";

    public string Text(string path) => ArmTemplate.Text(ArmTemplate.At(Resource, path));
}

/// <summary>
/// Reads a compiled ARM template: modules are nested Microsoft.Resources/deployments whose template sits in
/// properties.template; resources are an array (languageVersion 1) or a symbolic-name object (languageVersion 2.0).
/// </summary>
public static partial class ArmTemplate
{
    public static IEnumerable<JsonObject> Templates(JsonObject root)
    {
        yield return root;
        foreach (var resource in ResourcesOf(root).Where(r => (string?)r["type"] == "Microsoft.Resources/deployments"))
        {
            if (At(resource, "properties.template") is JsonObject nested)
            {
                foreach (var template in Templates(nested))
                    yield return template;
            }
        }
    }

    public static IEnumerable<ArmResource> Resources(JsonObject root) =>
        Templates(root).SelectMany(t => ResourcesOf(t).Select(r => new ArmResource(t, r)));

    public static IEnumerable<ArmResource> OfType(JsonObject root, string type) =>
        Resources(root).Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
            node = node is JsonObject o ? o[part] : null;
        return node;
    }

    /// <summary>A string as is; anything else as JSON; null as "".</summary>
    public static string Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "";

    /// <summary>The names in variables('name') references of an ARM expression.</summary>
    public static IEnumerable<string> VariableReferences(string expression) =>
        VariableReference().Matches(expression).Select(m => m.Groups[1].Value);

    /// <summary>Every role definition GUID an expression names, directly or through the variables it references.</summary>
    public static IReadOnlySet<string> Guids(ArmResource resource, string path)
    {
        var expression = resource.Text(path);
        var texts = VariableReferences(expression)
            .Select(name => Text(At(resource.Template, "variables." + name)))
            .Append(expression);
        return texts.SelectMany(t => Guid().Matches(t).Select(m => m.Value.ToLowerInvariant())).ToHashSet();
    }

    private static IEnumerable<JsonObject> ResourcesOf(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariableReference();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
