using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Returns.Orchestrations.Localization;
using Returns.Tests.EndToEnd;
using Returns.Tests.Photos;

namespace Returns.Tests.Browser;

/// <summary>
/// The whole customer journey in a real browser, in Traditional Chinese, German and Japanese, on a phone and on a
/// desktop: look up, choose with a photo and a variant exchange, check the summary, confirm by the emailed link,
/// and follow the tracking page until the return is closed. axe-core checks every step; screenshots are kept.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalFlowBrowserTests(BrowserFixture browser)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string, BrowserProfile> Journeys() => new()
    {
        { "zh-TW,zh;q=0.9", "zh-Hant", BrowserProfile.Phone },
        { "zh-TW,zh;q=0.9", "zh-Hant", BrowserProfile.Desktop },
        { "de-DE,de;q=0.9", "de", BrowserProfile.Phone },
        { "de-DE,de;q=0.9", "de", BrowserProfile.Desktop },
        { "ja-JP,ja;q=0.9", "ja", BrowserProfile.Phone },
        { "ja-JP,ja;q=0.9", "ja", BrowserProfile.Desktop },
    };

    [Theory]
    [MemberData(nameof(Journeys))]
    public async Task Portal_WholeJourney_ReachesClosedInTheCustomersLanguage(string acceptLanguage, string language, BrowserProfile profile)
    {
        var text = CustomerLanguages.Default.For(language);
        var name = $"flow-{language}-{profile.ToString().ToLowerInvariant()}";
        var (orderNumber, email) = ReturnsHttp.NewCustomer();
        await CreateOrderAsync(orderNumber, email);
        var page = await browser.NewPageAsync(profile, acceptLanguage);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        // 1. lookup, typing the bare number as customers do
        await page.GotoAsync("/portal");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(text.Text("portal.lookupTitle"), (await page.InnerTextAsync("#lookup-title")).Trim());
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"{name} lookup");
        await page.FillAsync("#lookup-email", email);
        await page.FillAsync("#lookup-order", "#" + orderNumber.ToLowerInvariant());
        await page.ClickAsync("#lookup-submit");
        await page.WaitForSelectorAsync("#choose-view:not([hidden])");
        await Screenshots.SaveAsync(page, $"{name}-1-choose");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"{name} choose");

        // the final-sale, hygiene-sealed line says why (the law excludes it too), in the customer's language
        var linesText = await page.InnerTextAsync("#lines");
        Assert.Contains(text.Text("itemKinds.hygiene_sealed"), linesText, StringComparison.Ordinal);
        // ... and the returnable lines name the German right of withdrawal beside the shop's policy
        Assert.Contains(Domain.DomainSamples.Rules.Current.Market("DE")!.Rights[0].RightName[language], linesText, StringComparison.Ordinal);

        // 2. the tee: one unit, exchanged for size L, with a photo; the hoodie: refunded
        await page.SelectOptionAsync("#line-0-qty", "1");
        await page.SelectOptionAsync("#line-0-reason", "size_too_small");
        await page.FillAsync("#line-0-comment", "Zu eng / 太緊 / きつい");
        await page.SetInputFilesAsync("#line-0-photos", new FilePayload { Name = "tee.jpg", MimeType = "image/jpeg", Buffer = JpegSamples.Phone() });
        await page.WaitForSelectorAsync("#line-0-gallery li");
        await page.CheckAsync("input[name=line-0-resolution][value=exchange]");
        await page.SelectOptionAsync("#line-0-variant", "TEE-BLK-L");
        await page.SelectOptionAsync("#line-1-qty", "1");
        await page.SelectOptionAsync("#line-1-reason", "changed_mind");
        await page.ClickAsync("#choose-submit");

        // 3. the summary: value, deductions, postage, send-by date and the six steps with their times
        await page.WaitForSelectorAsync("#review-view:not([hidden])");
        var review = await page.InnerTextAsync("#review-view");
        Assert.Contains(text.Text("portal.postagePaidBySeller"), review, StringComparison.Ordinal);
        Assert.Contains(text.Text("portal.deductionNone"), review, StringComparison.Ordinal);
        Assert.Equal(6, await page.Locator("#review-steps li").CountAsync());
        Assert.Contains(text.Text("portal.stepInspection"), review, StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, $"{name}-2-review");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"{name} review");
        await page.ClickAsync("#review-submit");
        await page.WaitForSelectorAsync("#done-view:not([hidden])");
        var returnId = (await page.InnerTextAsync("#done-id")).Trim();
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"{name} done");
        Assert.DoesNotContain(email, await page.GetAttributeAsync("#done-track", "href") ?? "", StringComparison.OrdinalIgnoreCase);

        // 4. the email, in the customer's language, and its confirmation link
        var mail = await browser.Outbox.WaitForEmailAsync(email, "/api/returns/confirm?token=");
        Assert.Equal(text.Text("email.stages.awaiting_confirmation.subject", ("id", returnId)), mail.Subject);
        await page.GotoAsync(mail.LinkContaining("/api/returns/confirm?token=")!);
        Assert.Equal(text.Text("confirm.confirmedTitle"), (await page.InnerTextAsync("h1")).Trim());
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"{name} confirmation page");
        await page.ClickAsync("main a.button");

        // 5. the tracking page: no email in its address, label ready, then the parcel travels and is refunded
        await page.WaitForSelectorAsync("#track-content:not([hidden])");
        Assert.DoesNotContain("email=", page.Url, StringComparison.Ordinal);
        await WaitForStageTextAsync(page, text, "label_issued");
        Assert.False(await page.IsHiddenAsync("#track-label"));
        var labelHref = await page.GetAttributeAsync("#track-label-link", "href");
        using (var label = await browser.Http.GetAsync(labelHref))
        {
            Assert.Equal(HttpStatusCode.OK, label.StatusCode);
            Assert.Equal("application/pdf", label.Content.Headers.ContentType?.MediaType);
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('track-qr').naturalWidth > 0"), "the QR code image loads");

        // the customs papers of this Taiwan-bound parcel are linked in the customer's language
        var docs = await page.InnerTextAsync("#track-docs-list");
        Assert.Contains(text.Text("documentKinds.commercial-invoice"), docs, StringComparison.Ordinal);
        Assert.Contains(text.Text("documentKinds.packing-list"), docs, StringComparison.Ordinal);
        var invoiceHref = await page.GetAttributeAsync("#track-docs-list a[href*='commercial-invoice']", "href");
        using (var invoice = await browser.Http.GetAsync(invoiceHref))
        {
            Assert.Equal("application/pdf", invoice.Content.Headers.ContentType?.MediaType);
            Assert.Contains("RETURN", Documents.Poppler.Text(await invoice.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }
        await Screenshots.SaveAsync(page, $"{name}-3-tracking");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"{name} tracking");
        await MoveToClosedAsync(returnId, email);
        await WaitForStageTextAsync(page, text, "closed");
        Assert.Contains(text.Text("refundStatuses.succeeded"), await page.InnerTextAsync("#track-refund"), StringComparison.Ordinal);
        Assert.False(await page.IsHiddenAsync("#track-exchange"));
        await Screenshots.SaveAsync(page, $"{name}-4-closed");

        // the photo reached the merchant without its location
        var detail = await ReturnsHttp.ReadJsonAsync(await browser.Api.SendAsync(HttpMethod.Get, $"/api/admin/returns/{returnId}", admin: true), HttpStatusCode.OK);
        var photo = Assert.Single(detail["photos"]!.AsArray())!["photoId"]!.GetValue<string>();
        using var stored = await browser.Api.SendAsync(HttpMethod.Get, $"/api/admin/photos/{photo}", admin: true);
        var bytes = await stored.Content.ReadAsByteArrayAsync();
        Assert.DoesNotContain("GPS", System.Text.Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    private async Task CreateOrderAsync(string orderNumber, string email)
    {
        var order = ReturnsHttp.TaiwanToGermanyOrder(orderNumber, email);
        order["lines"]![0]!["variants"] = new JsonArray
        {
            new JsonObject { ["sku"] = "TEE-BLK-S", ["name"] = "Tee black S" },
            new JsonObject { ["sku"] = "TEE-BLK-L", ["name"] = "Tee black L" },
            new JsonObject { ["sku"] = "TEE-BLK-XL", ["name"] = "Tee black XL", ["inStock"] = false },
        };
        using var response = await browser.Api.PostJsonAsync("/api/orders", order, admin: true);
        Assert.True(response.IsSuccessStatusCode, $"creating the order answered {(int)response.StatusCode}");
    }

    private async Task MoveToClosedAsync(string returnId, string email)
    {
        var r = await browser.Api.GetReturnAsync(returnId, email);
        var tracking = r["label"]!["trackingNumber"]!.GetValue<string>();
        var now = DateTimeOffset.UtcNow;
        using (var picked = await browser.Api.PostScanAsync($"{returnId}-1", tracking, "picked_up", now, "Berlin"))
            Assert.Equal(HttpStatusCode.Accepted, picked.StatusCode);
        using (var delivered = await browser.Api.PostScanAsync($"{returnId}-2", tracking, "delivered", now.AddMinutes(1), "Taipei"))
            Assert.Equal(HttpStatusCode.Accepted, delivered.StatusCode);
        await browser.Api.WaitForStageAsync(returnId, email, "received", StepTimeout);
        var inspection = new JsonObject
        {
            ["lines"] = new JsonArray
            {
                new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 1, ["grade"] = "A", ["notes"] = "unworn" },
                new JsonObject { ["sku"] = "HOODIE-GRY-L", ["quantity"] = 1, ["grade"] = "A", ["notes"] = "unworn" },
            },
        };
        using var inspected = await browser.Api.PostJsonAsync($"/api/admin/returns/{returnId}/inspection", inspection, admin: true);
        Assert.True(inspected.IsSuccessStatusCode, $"inspection answered {(int)inspected.StatusCode}");
    }

    private static async Task WaitForStageTextAsync(IPage page, CustomerLocale text, string stage)
    {
        var expected = text.Text("stages." + stage);
        await page.WaitForFunctionAsync(
            "expected => document.getElementById('track-stage').textContent === expected", expected,
            new PageWaitForFunctionOptions { Timeout = (float)StepTimeout.TotalMilliseconds, PollingInterval = 250 });
    }
}
