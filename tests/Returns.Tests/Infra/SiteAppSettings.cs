using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Returns.Tests.Infra;

/// <summary>
/// One object of app settings the site gets: a literal object, or a template variable that the 'appsettings'
/// config resource merges; <see cref="Conditional"/> when that reference sits inside if(...).
/// </summary>
public sealed record AppSettingGroup(string Source, bool Conditional, IReadOnlyDictionary<string, string> Settings);

/// <summary>Reads the Function App's settings from the compiled template (names only appear there as object keys).</summary>
public static partial class SiteAppSettings
{
    public static IReadOnlyList<AppSettingGroup> Groups(JsonObject root)
    {
        var groups = new List<AppSettingGroup>();
        foreach (var config in ArmTemplate.OfType(root, "Microsoft.Web/sites/config").Where(c => c.Text("name").Contains("appsettings")))
        {
            switch (config.Resource["properties"])
            {
                case JsonObject literal:
                    groups.Add(new AppSettingGroup("literal", false, ToDictionary(literal)));
                    break;
                case var node:
                    var expression = ArmTemplate.Text(node);
                    if (CreateObjectWithKeys().IsMatch(expression))
                        throw new InvalidOperationException($"App setting names are hidden in an expression (an inlined object): {expression}");
                    foreach (var name in ArmTemplate.VariableReferences(expression).Distinct())
                    {
                        var variable = ArmTemplate.At(config.Template, "variables." + name) as JsonObject
                            ?? throw new InvalidOperationException($"App settings variable '{name}' is not a literal object.");
                        groups.Add(new AppSettingGroup(name, IsInsideIf(expression, $"variables('{name}')"), ToDictionary(variable)));
                    }

                    break;
            }
        }

        foreach (var site in ArmTemplate.OfType(root, "Microsoft.Web/sites"))
        {
            if (ArmTemplate.At(site.Resource, "properties.siteConfig.appSettings") is JsonArray array)
            {
                var settings = array.OfType<JsonObject>().ToDictionary(s => (string)s["name"]!, s => ArmTemplate.Text(s["value"]));
                groups.Add(new AppSettingGroup("siteConfig.appSettings", false, settings));
            }
        }

        return groups;
    }

    /// <summary>Every setting the site always gets, whichever backend is chosen.</summary>
    public static IReadOnlyDictionary<string, string> Unconditional(JsonObject root) =>
        Groups(root).Where(g => !g.Conditional).SelectMany(g => g.Settings).ToDictionary(p => p.Key, p => p.Value);

    public static IReadOnlyDictionary<string, string> All(JsonObject root) =>
        Groups(root).SelectMany(g => g.Settings).ToDictionary(p => p.Key, p => p.Value);

    private static Dictionary<string, string> ToDictionary(JsonObject settings) =>
        settings.ToDictionary(p => p.Key, p => ArmTemplate.Text(p.Value), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="target"/> is an argument (at any depth) of an if(...) call.</summary>
    private static bool IsInsideIf(string expression, string target)
    {
        var at = expression.IndexOf(target, StringComparison.Ordinal);
        var calls = new Stack<string>();
        var inString = false;
        for (var i = 0; i < at; i++)
        {
            var c = expression[i];
            if (c == '\'')
                inString = !inString; // '' (an escaped quote) toggles twice
            else if (inString)
                continue;
            else if (c == '(')
                calls.Push(FunctionNameBefore(expression, i));
            else if (c == ')' && calls.Count > 0)
                calls.Pop();
        }

        return calls.Contains("if");
    }

    private static string FunctionNameBefore(string expression, int openParenthesis)
    {
        var start = openParenthesis;
        while (start > 0 && char.IsLetterOrDigit(expression[start - 1]))
            start--;
        return expression[start..openParenthesis];
    }

    [GeneratedRegex(@"createObject\('")]
    private static partial Regex CreateObjectWithKeys();
}
