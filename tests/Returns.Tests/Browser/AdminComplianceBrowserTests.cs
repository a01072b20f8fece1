using System.Net;
using Returns.Tests.EndToEnd;

namespace Returns.Tests.Browser;

/// <summary>The merchant's view of a cross-border return: its duty and tax claims and the totals, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminComplianceBrowserTests(BrowserFixture browser)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Admin_CrossBorderReturn_ShowsItsClaimsAndTheTotals()
    {
        var (orderNumber, email) = ReturnsHttp.NewCustomer();
        using (var created = await browser.Api.PostJsonAsync("/api/orders", ReturnsHttp.TaiwanToGermanyOrder(orderNumber, email), admin: true))
            Assert.True(created.IsSuccessStatusCode);
        using var requested = await browser.Api.PostJsonAsync("/api/returns", ReturnsHttp.ReturnRequest(orderNumber, email));
        var returnId = (await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted))["returnId"]!.GetValue<string>();
        using (await browser.Http.GetAsync(await browser.Api.WaitForConfirmLinkAsync(returnId, email, StepTimeout)))
        {
        }

        await browser.Api.WaitForStageAsync(returnId, email, "label_issued", StepTimeout);

        var page = await browser.NewPageAsync(BrowserProfile.Desktop, acceptDownloads: true);
        await page.GotoAsync($"/admin?return={Uri.EscapeDataString(returnId)}");
        await page.FillAsync("#api-key", LocalHostProcess.AdminApiKey);
        await page.ClickAsync("#key-form button[type=submit]");
        await page.WaitForSelectorAsync("#claims table");

        // the route decision: every option with its cost, the chosen one marked
        var detail = await page.InnerTextAsync("#detail-body");
        Assert.Contains("Route options", detail, StringComparison.Ordinal);
        Assert.Contains("(chosen)", detail, StringComparison.Ordinal);
        Assert.Contains("Returnless (customer keeps items)", detail, StringComparison.Ordinal);

        var claims = await page.InnerTextAsync("#claims");
        Assert.Contains("Claim pack (PDF)", claims, StringComparison.Ordinal);
        Assert.Contains("TW", claims, StringComparison.Ordinal);
        await page.WaitForSelectorAsync("#claims-body dl");
        Assert.Contains("Cross-border returns assessed", await page.InnerTextAsync("#claims-overview"), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "admin-claims-desktop");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "admin claims");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#claims button:has-text('Claim lines (CSV)')"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("returnId,orderNumber,ruleId", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }
}
