using System.Text.Json;
using Xunit.Abstractions;

namespace Returns.Tests.Browser;

/// <summary>
/// The portal's first load: what it weighs on the wire (at most 150 KB compressed) and, printed as figures
/// rather than asserted, its time to first byte and to interactive on the local host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalLoadBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const long MaxFirstLoadBytes = 150 * 1024;

    [Theory]
    [InlineData("zh-TW,zh;q=0.9", BrowserProfile.Phone)]
    [InlineData("en-US,en;q=0.9", BrowserProfile.Desktop)]
    public async Task Portal_FirstLoad_IsAtMost150KbCompressed_AndPrintsItsTimings(string acceptLanguage, BrowserProfile profile)
    {
        var page = await browser.NewPageAsync(profile, acceptLanguage);
        await page.GotoAsync("/portal?warm-up"); // the first answer of a fresh host includes JIT compilation
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync("/portal", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Load });
        await page.WaitForSelectorAsync("#lookup-form");

        var json = await page.EvaluateAsync<JsonElement>("""
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const resources = performance.getEntriesByType('resource');
              return {
                ttfb: nav.responseStart - nav.startTime,
                interactive: nav.domInteractive - nav.startTime,
                loaded: nav.loadEventEnd - nav.startTime,
                bytes: nav.transferSize + resources.reduce((s, r) => s + r.transferSize, 0),
                encoding: nav.encodedBodySize < nav.decodedBodySize,
                requests: resources.length + 1
              };
            }
            """);
        var bytes = json.GetProperty("bytes").GetDouble();
        output.WriteLine($"portal first load ({acceptLanguage}, {profile}): {bytes / 1024:0.0} KB over {json.GetProperty("requests").GetInt32()} requests, " +
            $"TTFB {json.GetProperty("ttfb").GetDouble():0.0} ms, interactive {json.GetProperty("interactive").GetDouble():0.0} ms, load {json.GetProperty("loaded").GetDouble():0.0} ms");

        Assert.True(json.GetProperty("encoding").GetBoolean(), "the page is sent compressed");
        Assert.InRange(bytes, 1, MaxFirstLoadBytes);
        await page.Context.CloseAsync();
    }
}
