using System.Net;
using Microsoft.Playwright;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Notifications;
using Returns.Tests.EndToEnd;

namespace Returns.Tests.Browser;

/// <summary>
/// What the customer sees when something is wrong, in their language: a wrong email, an expired tracking or
/// confirmation link, a forged link, and too many attempts. A host of its own with a low attempt limit and a
/// known signing key, so it can lock out its client and sign expired links without touching the other tests.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalErrorsBrowserTests(BrowserFixture browser)
{
    private const string SigningKey = "browser-test-signing-key-0123456789abcdef";

    [Fact]
    public async Task Portal_ErrorStates_AreExplainedInTheCustomersLanguage()
    {
        await using var host = await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["RETURNS_LOOKUP_FAILURE_LIMIT"] = "3",
            ["RETURNS_LINK_SIGNING_KEY"] = SigningKey,
        });
        var api = new ReturnsHttp(host);
        var ja = CustomerLanguages.Default.For("ja");
        var (orderNumber, email) = ReturnsHttp.NewCustomer();
        using (var created = await api.PostJsonAsync("/api/orders", ReturnsHttp.TaiwanToGermanyOrder(orderNumber, email), admin: true))
            Assert.True(created.IsSuccessStatusCode);
        using var requested = await api.PostJsonAsync("/api/returns", ReturnsHttp.ReturnRequest(orderNumber, email));
        var returnId = (await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted))["returnId"]!.GetValue<string>();
        var page = await browser.NewPageAsync(BrowserProfile.Desktop, "ja-JP,ja;q=0.9");
        var portal = new Uri(host.BaseAddress, "/portal").ToString();
        var signer = new LinkTokenSigner(System.Text.Encoding.UTF8.GetBytes(SigningKey));
        var longAgo = DateTimeOffset.UtcNow.AddDays(-1);

        // a final-sale line cannot be chosen, and says why
        await LookUpAsync(page, portal, email, orderNumber);
        await page.WaitForSelectorAsync("#choose-view:not([hidden])");
        Assert.Contains(ja.Text("itemKinds.hygiene_sealed"), await page.InnerTextAsync("#lines"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#line-2-qty").CountAsync());

        // a wrong email
        await LookUpAsync(page, portal, "nobody@example.de", orderNumber);
        await ExpectErrorAsync(page, ja.Text("errors.orderNotFound"));
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "lookup error");
        await Screenshots.SaveAsync(page, "errors-ja-wrong-email");

        // an expired and a forged tracking link
        var expired = signer.Sign(new LinkToken(returnId, ReturnLinks.TrackPurpose, longAgo));
        await page.GotoAsync($"{portal}?return={returnId}&token={Uri.EscapeDataString(expired)}");
        await ExpectErrorAsync(page, ja.Text("portal.linkExpired"));
        await page.GotoAsync($"{portal}?return={returnId}&token=forged.{Guid.NewGuid():N}");
        await ExpectErrorAsync(page, ja.Text("portal.linkIncomplete"));

        // an expired confirmation link: a clear page, 410, nothing confirmed
        var expiredConfirm = signer.Sign(new LinkToken(returnId, ReturnLinks.ConfirmPurpose, longAgo));
        var confirm = await page.GotoAsync(new Uri(host.BaseAddress, $"/api/returns/confirm?token={Uri.EscapeDataString(expiredConfirm)}").ToString());
        Assert.Equal(410, confirm!.Status);
        Assert.Equal(ja.Text("confirm.expiredTitle"), (await page.InnerTextAsync("h1")).Trim());
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "expired confirmation page");
        Assert.Equal("awaiting_confirmation", ReturnsHttp.Stage(await api.GetReturnAsync(returnId, email)));

        // too many attempts: the limit is 3 failures per client
        await LookUpAsync(page, portal, "again@example.de", orderNumber);
        await ExpectErrorAsync(page, ja.Text("errors.orderNotFound"));
        await LookUpAsync(page, portal, "third@example.de", orderNumber);
        await ExpectErrorAsync(page, ja.Text("errors.orderNotFound"));
        await LookUpAsync(page, portal, email, orderNumber);
        await ExpectErrorAsync(page, ja.Text("errors.tooManyAttempts", ("minutes", 15)));
        await Screenshots.SaveAsync(page, "errors-ja-too-many");
        await page.Context.CloseAsync();
    }

    private static async Task LookUpAsync(IPage page, string portal, string email, string orderNumber)
    {
        if (!page.Url.StartsWith(portal, StringComparison.Ordinal) || page.Url.Contains("return=", StringComparison.Ordinal))
            await page.GotoAsync(portal);
        if (await page.IsHiddenAsync("#lookup-view"))
            await page.ClickAsync("#choose-back");
        await page.FillAsync("#lookup-email", email);
        await page.FillAsync("#lookup-order", orderNumber);
        await page.ClickAsync("#lookup-submit");
    }

    private static async Task ExpectErrorAsync(IPage page, string expected) =>
        await page.WaitForFunctionAsync(
            "expected => document.getElementById('error').textContent === expected", expected,
            new PageWaitForFunctionOptions { Timeout = 15_000, PollingInterval = 100 });
}
