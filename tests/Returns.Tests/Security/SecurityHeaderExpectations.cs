using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace Returns.Tests.Security;

/// <summary>What every answer of either host must carry, checked the same way on HTTP answers and on in-process responses.</summary>
public static class SecurityHeaderExpectations
{
    /// <summary>Every problem with the headers of one answer (empty when they are right).</summary>
    public static IReadOnlyList<string> Problems(Func<string, string?> header, bool expectStrictTransport)
    {
        var problems = new List<string>();
        var policy = header("Content-Security-Policy");
        if (policy is null)
        {
            problems.Add("no Content-Security-Policy");
        }
        else
        {
            var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.OrdinalIgnoreCase);
            if (!directives.TryGetValue("frame-ancestors", out var frames) || frames != "frame-ancestors 'none'")
                problems.Add("no frame-ancestors 'none': " + policy);
            if (!directives.ContainsKey("default-src"))
                problems.Add("no default-src: " + policy);
            var scripts = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src") ?? "";
            if (scripts.Contains("'unsafe-inline'", StringComparison.Ordinal) || scripts.Contains("'unsafe-eval'", StringComparison.Ordinal)
                || scripts.Contains('*', StringComparison.Ordinal) || scripts.Contains("data:", StringComparison.Ordinal))
                problems.Add("scripts not limited to this origin and hashes: " + scripts);
            if (directives.GetValueOrDefault("base-uri") != "base-uri 'none'")
                problems.Add("no base-uri 'none': " + policy);
        }

        Expect(problems, header, "X-Content-Type-Options", "nosniff");
        Expect(problems, header, "Referrer-Policy", "no-referrer");
        Expect(problems, header, "X-Frame-Options", "DENY");
        if (expectStrictTransport)
            Expect(problems, header, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        else if (header("Strict-Transport-Security") is { } sts)
            problems.Add("Strict-Transport-Security over plain HTTP: " + sts);
        return problems;
    }

    public static IReadOnlyList<string> Problems(HttpResponseMessage response, bool expectStrictTransport = false) =>
        Problems(name => Header(response.Headers, name) ?? Header(response.Content.Headers, name), expectStrictTransport);

    public static IReadOnlyList<string> Problems(IHeaderDictionary headers, bool expectStrictTransport) =>
        Problems(name => headers.TryGetValue(name, out var v) ? v.ToString() : null, expectStrictTransport);

    private static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    private static void Expect(List<string> problems, Func<string, string?> header, string name, string value)
    {
        if (header(name) != value)
            problems.Add($"{name} is {header(name) ?? "missing"}, not {value}");
    }
}
