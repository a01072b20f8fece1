using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Returns.Api.Pages;

/// <summary>
/// The inline scripts of an HTML page, as the browser hashes them for a Content-Security-Policy: the exact text
/// between &lt;script&gt; and &lt;/script&gt;, UTF-8, SHA-256, base64. Scripts with a src and data blocks (JSON) are
/// not run inline, so they need no hash.
/// </summary>
public static partial class InlineScripts
{
    public static IReadOnlyList<string> Sha256Hashes(string html) =>
        Script().Matches(html)
            .Where(m => !IsExternalOrData(m.Groups["attributes"].Value))
            .Select(m => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value))))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static bool IsExternalOrData(string attributes) =>
        SrcAttribute().IsMatch(attributes) || (TypeAttribute().Match(attributes) is { Success: true } type && !IsJavaScriptType(type.Groups["type"].Value));

    private static bool IsJavaScriptType(string type) =>
        type.Length == 0 || type.Equals("module", StringComparison.OrdinalIgnoreCase) || type.Contains("javascript", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"<script(?<attributes>(?:\s[^>]*)?)>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex(@"\ssrc\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SrcAttribute();

    [GeneratedRegex(@"\stype\s*=\s*[""']?(?<type>[^""'\s>]*)", RegexOptions.IgnoreCase)]
    private static partial Regex TypeAttribute();
}
