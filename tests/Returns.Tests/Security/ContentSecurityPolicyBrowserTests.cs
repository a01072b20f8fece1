using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Returns.Tests.Browser;
using Returns.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Returns.Tests.Security;

/// <summary>
/// The pages under their Content-Security-Policy in Chromium: they work without a single violation (their own inline
/// scripts are allowed by hash), and markup injected into them cannot run script.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>Collects every violation the page reports, from before its first script runs.</summary>
    private const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    [Fact]
    public async Task Pages_WorkWithoutAnyViolation()
    {
        var (returnId, trackingUrl) = await NewReturnAsync();
        var page = await browser.NewPageAsync(BrowserProfile.Desktop, "en-US,en;q=0.9");
        try
        {
            await page.AddInitScriptAsync(ViolationRecorder);
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);

            await VisitAsync(page, "/portal", "#lookup-form");
            await VisitAsync(page, "/portal?lang=zh-TW", "#lookup-form");
            await VisitAsync(page, new Uri(trackingUrl).PathAndQuery, "#track-timeline li");
            await VisitAsync(page, "/dev/outbox", "main");
            await VisitAsync(page, "/api/returns/confirm?token=forged", "main");

            await page.GotoAsync($"/admin?return={Uri.EscapeDataString(returnId)}");
            await page.FillAsync("#api-key", LocalHostProcess.AdminApiKey);
            await page.ClickAsync("#key-form button[type=submit]");
            await page.WaitForSelectorAsync("#detail-body");
            await AssertNoViolationsAsync(page, "/admin with a return open");

            Assert.True(errors.Count == 0, "Script errors:\n" + string.Join('\n', errors));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task InjectedMarkup_CannotRunScript()
    {
        var page = await browser.NewPageAsync(BrowserProfile.Phone);
        try
        {
            await page.AddInitScriptAsync(ViolationRecorder);
            await page.GotoAsync("/portal");
            await page.Locator("#lookup-form").WaitForAsync();

            // What an injection would try: an inline event handler, an inline script element, a javascript: URL.
            await page.EvaluateAsync("""
                () => {
                  document.body.insertAdjacentHTML('beforeend', '<img id="x1" src="/no-such-image.png" onerror="window.__ran1 = true">');
                  const s = document.createElement('script'); s.textContent = 'window.__ran2 = true'; document.body.appendChild(s);
                  const a = document.createElement('a'); a.id = 'x3'; a.href = 'javascript:window.__ran3 = true'; a.textContent = 'x'; document.body.appendChild(a);
                }
                """);
            await page.ClickAsync("#x3");
            await page.WaitForTimeoutAsync(500);

            var ran = await page.EvaluateAsync<bool[]>("() => [!!window.__ran1, !!window.__ran2, !!window.__ran3]");
            var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
            output.WriteLine(string.Join('\n', violations));
            Assert.Equal([false, false, false], ran);
            Assert.True(violations.Length >= 3, "Chromium reported fewer violations than blocked attempts: " + string.Join('\n', violations));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task VisitAsync(IPage page, string path, string selector)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        await page.Locator(selector).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await AssertNoViolationsAsync(page, path);
    }

    private static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.True(violations.Length == 0, $"{what} broke its Content-Security-Policy:\n" + string.Join('\n', violations));
    }

    /// <summary>A Taiwan → Germany return of the test's own, with its label issued.</summary>
    private async Task<(string ReturnId, string TrackingUrl)> NewReturnAsync()
    {
        var (orderNumber, email) = ReturnsHttp.NewCustomer();
        using (var created = await browser.Api.PostJsonAsync("/api/orders", ReturnsHttp.TaiwanToGermanyOrder(orderNumber, email), admin: true))
            await ReturnsHttp.ReadJsonAsync(created, HttpStatusCode.Created);
        JsonObject accepted;
        using (var requested = await browser.Api.PostJsonAsync("/api/returns", ReturnsHttp.ReturnRequest(orderNumber, email)))
            accepted = await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted);
        var returnId = accepted["returnId"]!.GetValue<string>();
        using (await browser.Http.GetAsync(await browser.Api.WaitForConfirmLinkAsync(returnId, email, TimeSpan.FromSeconds(45))))
        {
        }

        await browser.Api.WaitForStageAsync(returnId, email, "label_issued", TimeSpan.FromSeconds(45));
        return (returnId, accepted["trackingUrl"]!.GetValue<string>());
    }
}
