using System.Security.Cryptography;
using System.Text;
using Returns.Api.Pages;

namespace Returns.Tests.Security;

public sealed class InlineScriptsTests
{
    [Fact]
    public void Sha256Hashes_InlineScriptsOnly_AsTheBrowserHashesThem()
    {
        const string html = """
            <script>
            'use strict';
            boot();
            </script>
            <script src="assets/returns-ui.js"></script>
            <script id="portal-text" type="application/json">{"a":1}</script>
            <script type="module">go()</script>
            <SCRIPT defer>x()</SCRIPT>
            """;

        var hashes = InlineScripts.Sha256Hashes(html);

        Assert.Equal([Hash("\n'use strict';\nboot();\n"), Hash("go()"), Hash("x()")], hashes);
    }

    private static string Hash(string script) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
}
