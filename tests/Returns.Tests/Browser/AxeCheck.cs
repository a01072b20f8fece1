using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Returns.Tests.Browser;

/// <summary>
/// Accessibility checks with axe-core (npm package pinned in package.json, installed by <c>npm ci</c>): the script is
/// injected into the page under test and <c>axe.run(document, { resultTypes: ['violations'] })</c> is evaluated there.
/// </summary>
public static class AxeCheck
{
    private const string RunScript = """
        async () => {
          if (typeof window.axe === 'undefined' || typeof window.axe.run !== 'function')
            return { error: 'axe-core is not defined in the page after injecting it (blocked by the Content-Security-Policy?)' };
          const selector = (target) => target.map(t => Array.isArray(t) ? t.join(' >> ') : String(t)).join(' >> ');
          const results = await window.axe.run(document, { resultTypes: ['violations'] });
          return {
            violations: results.violations.map(v => ({
              id: v.id,
              impact: v.impact ?? null,
              help: v.help,
              helpUrl: v.helpUrl,
              nodes: v.nodes.map(n => ({ target: selector(n.target), html: n.html ?? '', failureSummary: n.failureSummary ?? null })),
            })),
          };
        }
        """;

    /// <summary>Where the page loads axe from: a path of the page's origin the host does not serve.</summary>
    private const string ServedAt = "/__axe-core/axe.min.js";

    private static readonly Lazy<string> Script = new(FindScript);

    /// <summary>&lt;repo&gt;/node_modules/axe-core/axe.min.js; fails with the fix when it is not installed.</summary>
    public static string ScriptPath => Script.Value;

    /// <summary>Runs axe on the page as it is now and returns every violation, whatever its impact.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // The pages allow no inline script (Content-Security-Policy), so axe comes as a script of the page's own
            // origin: the browser asks the host for it and the request is answered from node_modules instead.
            var url = new Uri(new Uri(page.Url), ServedAt).ToString();
            await page.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions { Path = ScriptPath, ContentType = "text/javascript" }));
            try
            {
                await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = url });
            }
            finally
            {
                await page.UnrouteAsync(url);
            }
        }

        var result = await page.EvaluateAsync<JsonElement>(RunScript);
        if (result.TryGetProperty("error", out var error))
            throw new InvalidOperationException($"{error.GetString()} ({page.Url}).");

        var violations = new List<AxeViolation>();
        foreach (var v in result.GetProperty("violations").EnumerateArray())
        {
            var nodes = v.GetProperty("nodes").EnumerateArray()
                .Select(n => new AxeViolationNode(
                    n.GetProperty("target").GetString() ?? "",
                    n.GetProperty("html").GetString() ?? "",
                    n.GetProperty("failureSummary").ValueKind == JsonValueKind.String ? n.GetProperty("failureSummary").GetString() : null))
                .ToList();
            violations.Add(new AxeViolation(
                v.GetProperty("id").GetString() ?? "",
                v.GetProperty("impact").ValueKind == JsonValueKind.String ? v.GetProperty("impact").GetString() : null,
                v.GetProperty("help").GetString() ?? "",
                v.GetProperty("helpUrl").GetString() ?? "",
                nodes));
        }

        return violations;
    }

    /// <summary>
    /// Runs axe and fails when any violation is "serious" or "critical", listing each rule's id, impact, help and
    /// the selectors of the failing elements. Minor and moderate findings are returned, not failed on.
    /// </summary>
    /// <param name="page">The page, in the state to check (open dialogs, shown errors and so on are checked too).</param>
    /// <param name="what">Names the page state in the failure message, e.g. "portal lookup form (Phone)".</param>
    public static async Task<IReadOnlyList<AxeViolation>> AssertNoSeriousViolationsAsync(IPage page, string? what = null)
    {
        var violations = await RunAsync(page);
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        if (serious.Count > 0)
            Assert.Fail(Describe(serious, $"axe-core found {serious.Count} serious or critical accessibility violation(s) on {what ?? page.Url}:"));
        return violations;
    }

    /// <summary>A readable list of violations: id, impact, help, and up to ten target selectors each.</summary>
    public static string Describe(IEnumerable<AxeViolation> violations, string heading)
    {
        var text = new StringBuilder(heading);
        foreach (var v in violations)
        {
            text.Append('\n').Append("- ").Append(v.Id).Append(" [").Append(v.Impact ?? "no impact").Append("]: ").Append(v.Help)
                .Append(" (").Append(v.HelpUrl).Append(')');
            foreach (var node in v.Nodes.Take(10))
            {
                text.Append("\n    ").Append(node.Target);
                var html = node.Html.ReplaceLineEndings(" ");
                if (html.Length > 0)
                    text.Append("   ").Append(html.Length > 160 ? html[..160] + "..." : html);
            }

            if (v.Nodes.Count > 10)
                text.Append("\n    ... and ").Append(v.Nodes.Count - 10).Append(" more");
        }

        return text.ToString();
    }

    private static string FindScript()
    {
        var path = Path.Combine(RepositoryRoot.Path, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
        {
            Assert.Fail($"axe-core is not installed ({path} is missing). Run `npm ci` in {RepositoryRoot.Path}: " +
                "package.json pins axe-core for the browser accessibility checks.");
        }

        return path;
    }
}
