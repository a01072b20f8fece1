using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Returns.Tests.EndToEnd;

namespace Returns.Tests.Browser;

/// <summary>
/// The warehouse view of /admin on a tablet (1024×768, then 768×1024) with a barcode scanner acting as a keyboard:
/// scan the label, count what arrived, grade each unit by its checklist, record the inspection and see the units in
/// the returned-stock ledger with their dispositions.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WarehouseBrowserTests(BrowserFixture browser)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);
    private static readonly float WaitMs = (float)StepTimeout.TotalMilliseconds;

    [Fact]
    public async Task Warehouse_ScanReceiveGradeInspect_ListsTheReturnedStock()
    {
        var (returnId, email) = await ReturnWithLabelAsync();
        var tracking = (await browser.Api.GetReturnAsync(returnId, email))["label"]!["trackingNumber"]!.GetValue<string>();

        var page = await TabletAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        // the scan field has the focus once the key is set, and the scanner types the code and presses Enter
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'scan-code'", null, Wait());
        await page.Keyboard.TypeAsync(tracking);
        await page.Keyboard.PressAsync("Enter");

        // 1. the announced lines, counted in full by default, at the default location
        await page.WaitForSelectorAsync("#wh-receipt-form", new PageWaitForSelectorOptions { Timeout = WaitMs });
        Assert.Contains(returnId, await page.InnerTextAsync("#wh-parcel-title"), StringComparison.Ordinal);
        Assert.Equal("Warehouse Taipei", await page.InputValueAsync("#wh-location"));
        Assert.Equal("2", await page.InputValueAsync("#wh-line-0-arrived"));
        Assert.Equal("1", await page.InputValueAsync("#wh-line-1-arrived"));
        Assert.Contains("None: all 3 announced units arrived", await page.InnerTextAsync("#wh-discrepancies"), StringComparison.Ordinal);

        // the discrepancy summary follows the flags: a missing line, a wrong item, an empty box
        await page.ClickAsync("#wh-line-0-missing");
        Assert.Equal("0", await page.InputValueAsync("#wh-line-0-arrived"));
        Assert.Contains("TEE-BLK-M: 2 of 2 missing", await page.InnerTextAsync("#wh-discrepancies"), StringComparison.Ordinal);
        await page.ClickAsync("#wh-line-0-missing");
        Assert.Equal("2", await page.InputValueAsync("#wh-line-0-arrived"));
        await page.ClickAsync("#wh-line-1-wrong");
        await page.FillAsync("#wh-line-1-wrong-sku", "CAP-RED-OS");
        Assert.Contains("HOODIE-GRY-L: wrong item, 1 unit of CAP-RED-OS instead", await page.InnerTextAsync("#wh-discrepancies"), StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync("#wh-discrepancy-warning"), "the merchant is told where the wrong item is recorded");
        await Screenshots.SaveAsync(page, "warehouse-tablet-receipt");
        await page.ClickAsync("#wh-line-1-wrong");
        Assert.Equal("1", await page.InputValueAsync("#wh-line-1-arrived"));
        await page.ClickAsync("#wh-empty-box");
        Assert.True(await page.IsVisibleAsync("#wh-nothing-warning"), "an empty box says what is recorded and that there is nothing to grade");
        Assert.Equal("Record receipt: empty box", (await page.InnerTextAsync("#wh-record-receipt")).Trim());
        Assert.True(await page.IsDisabledAsync("#wh-line-0-arrived"), "an empty box has no counts");
        await page.ClickAsync("#wh-empty-box");
        Assert.Contains("None: all 3 announced units arrived", await page.InnerTextAsync("#wh-discrepancies"), StringComparison.Ordinal);
        await AssertTouchTargetsAsync(page, "receipt");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "warehouse receipt (tablet)");

        // 2. record the receipt: every arrived unit gets its checklist, all ticked, suggesting grade A
        await page.ClickAsync("#wh-record-receipt");
        await page.WaitForSelectorAsync("#wh-inspection-form", new PageWaitForSelectorOptions { Timeout = WaitMs });
        Assert.Equal(3, await page.Locator("#wh-inspection-form fieldset.wh-unit").CountAsync());
        await WaitForGradeAsync(page, 0, "A");
        await WaitForGradeAsync(page, 2, "A");
        Assert.True(await page.IsCheckedAsync("#wh-unit-0-check-0"));
        Assert.Contains("restock", await page.InnerTextAsync("#wh-unit-0-suggestion"), StringComparison.Ordinal);

        // unticking "Original tags attached" (apparel) drops the suggestion to B, and tried-on clothing goes to clearance
        await page.ClickAsync("label[for=wh-unit-0-check-0]");
        Assert.False(await page.IsCheckedAsync("#wh-unit-0-check-0"));
        await WaitForGradeAsync(page, 0, "B");
        var suggestion = await page.InnerTextAsync("#wh-unit-0-suggestion");
        Assert.Contains("grade B", suggestion, StringComparison.Ordinal);
        Assert.Contains("clearance", suggestion, StringComparison.Ordinal);
        Assert.Contains("Clearance", await page.InnerTextAsync("#wh-unit-0-disposition option[value='']"), StringComparison.Ordinal);
        await page.FillAsync("#wh-unit-0-notes", "no swing tag");
        await AssertTouchTargetsAsync(page, "grading");
        await Screenshots.SaveAsync(page, "warehouse-tablet-grading");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "warehouse grading (tablet)");

        // 3. record the inspection; the return is refunded and the units are in the ledger with their dispositions
        await page.ClickAsync("#wh-record-inspection");
        await browser.Api.WaitForAsync(returnId, email, r => ReturnsHttp.Stage(r) is "closed" or "refund_issued", "closed or refund_issued", StepTimeout);
        await page.WaitForSelectorAsync("#wh-stock-units table", new PageWaitForSelectorOptions { Timeout = WaitMs });
        var rows = page.Locator("#wh-stock-units tbody tr");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#wh-stock-units tbody tr').length === 3", null, Wait());
        await page.WaitForFunctionAsync("() => ['Refund issued', 'Closed'].includes(document.getElementById('wh-stage').textContent)", null, Wait());
        var stock = await page.InnerTextAsync("#wh-stock-units");
        Assert.Contains("Clearance", stock, StringComparison.Ordinal);
        Assert.Contains("Restock", stock, StringComparison.Ordinal);
        Assert.Contains("Warehouse Taipei", stock, StringComparison.Ordinal);
        Assert.Contains("Awaiting disposition", stock, StringComparison.Ordinal);
        var teeFirst = await rows.Filter(new LocatorFilterOptions { HasText = "TEE-BLK-M" }).First.InnerTextAsync();
        Assert.Contains("B – opened", teeFirst, StringComparison.Ordinal);
        Assert.Contains("Clearance", teeFirst, StringComparison.Ordinal);

        // what was recorded: two TEE groups (B and A) and the hoodie, no overrides, the failed check in the notes
        var detail = await ReturnsHttp.ReadJsonAsync(await browser.Api.SendAsync(HttpMethod.Get, $"/api/admin/returns/{returnId}", admin: true), HttpStatusCode.OK);
        var inspection = detail["inspection"]!.AsArray().Select(l => l!.AsObject()).ToList();
        Assert.Equal(3, inspection.Count);
        var graded = Assert.Single(inspection, l => l["grade"]!.GetValue<string>() == "B");
        Assert.Equal("TEE-BLK-M", graded["sku"]!.GetValue<string>());
        Assert.Contains("Original tags attached", graded["notes"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("no swing tag", graded["notes"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(inspection, l => Assert.Null(l["disposition"]?.GetValue<string>()));
        Assert.Equal("Warehouse Taipei", detail["receipt"]!["location"]!.GetValue<string>());

        await AssertTouchTargetsAsync(page, "stock");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "warehouse stock (tablet)");
        await Screenshots.SaveAsync(page, "warehouse-tablet");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#wh-stock-csv"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("returnId,sku,unit,grade", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(4, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // portrait: nothing wider than the screen
        await page.SetViewportSizeAsync(768, 1024);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page fits 768 px");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "warehouse stock (tablet, portrait)");
        await Screenshots.SaveAsync(page, "warehouse-tablet-portrait");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Warehouse_WrongItem_IsKeptWithTheReceiptOrInTheInspectionNotes()
    {
        var (returnId, email) = await ReturnWithLabelAsync();
        var page = await TabletAsync();
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'scan-code'", null, Wait());
        await page.Keyboard.TypeAsync(returnId);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#wh-receipt-form", new PageWaitForSelectorOptions { Timeout = WaitMs });

        // the hoodie is a red cap: the scanner types its SKU into the wrong-item field
        await page.ClickAsync("#wh-line-1-wrong");
        Assert.Equal("wh-line-1-wrong-sku", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("CAP-RED-OS");
        await page.Keyboard.PressAsync("Enter"); // a scanner's Enter must not submit the receipt
        Assert.Equal(1, await page.Locator("#wh-receipt-form").CountAsync());
        Assert.Equal("Record receipt: 2 units", (await page.InnerTextAsync("#wh-record-receipt")).Trim());
        // a photo of the opened box travels with the receipt
        await page.SetInputFilesAsync("#wh-photos", new FilePayload { Name = "box.jpg", MimeType = "image/jpeg", Buffer = Photos.JpegSamples.Phone() });
        await page.ClickAsync("#wh-record-receipt");
        await page.WaitForSelectorAsync("#wh-inspection-form", new PageWaitForSelectorOptions { Timeout = WaitMs });
        Assert.Equal(2, await page.Locator("#wh-inspection-form fieldset.wh-unit").CountAsync());
        await WaitForGradeAsync(page, 1, "A");
        var keptOnReceipt = await page.IsVisibleAsync("#wh-receipt-flags");
        Assert.True(keptOnReceipt || await page.IsVisibleAsync("#wh-discrepancy-note"), "the grading says where the discrepancy went");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "warehouse grading after a wrong item (tablet)");
        await page.ClickAsync("#wh-record-inspection");
        await page.WaitForSelectorAsync("#wh-stock-units table", new PageWaitForSelectorOptions { Timeout = WaitMs });

        var detail = await ReturnsHttp.ReadJsonAsync(await browser.Api.SendAsync(HttpMethod.Get, $"/api/admin/returns/{returnId}", admin: true), HttpStatusCode.OK);
        Assert.Single(detail["receiptPhotos"]!.AsArray());
        var receipt = detail["receipt"]!.AsObject();
        var received = Assert.Single(receipt["lines"]!.AsArray());
        Assert.Equal("TEE-BLK-M", received!["sku"]!.GetValue<string>());
        Assert.Equal(2, received["quantity"]!.GetValue<int>());
        if (keptOnReceipt)
        {
            Assert.Contains("wrong_item", receipt["flags"]!.AsArray().Select(f => f!.GetValue<string>()));
            Assert.Contains("CAP-RED-OS", receipt["note"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        else
        {
            var notes = string.Join(" ", detail["inspection"]!.AsArray().Select(l => l!["notes"]?.GetValue<string>()));
            Assert.Contains("HOODIE-GRY-L: wrong item, 1 unit of CAP-RED-OS instead", notes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Warehouse_EmptyBox_IsRecordedAsFlaggedOrRefusedVisibly()
    {
        var (returnId, email) = await ReturnWithLabelAsync();
        var page = await TabletAsync();
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'scan-code'", null, Wait());
        await page.Keyboard.TypeAsync(returnId);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#wh-receipt-form", new PageWaitForSelectorOptions { Timeout = WaitMs });
        await page.ClickAsync("#wh-empty-box");
        await page.ClickAsync("#wh-record-receipt");

        // a server that takes an empty_box receipt moves the return to received with nothing to grade; one that does not
        // says so, and nothing changes
        await page.WaitForFunctionAsync(
            "() => document.getElementById('wh-nothing-to-grade') || document.getElementById('error').textContent.includes('did not accept an empty box')",
            null, Wait());
        var detail = await ReturnsHttp.ReadJsonAsync(await browser.Api.SendAsync(HttpMethod.Get, $"/api/admin/returns/{returnId}", admin: true), HttpStatusCode.OK);
        if (await page.Locator("#wh-nothing-to-grade").CountAsync() == 1)
        {
            Assert.Equal("received", detail["status"]!["stage"]!.GetValue<string>());
            Assert.Empty(detail["receipt"]!["lines"]!.AsArray());
            Assert.Contains("empty_box", detail["receipt"]!["flags"]!.AsArray().Select(f => f!.GetValue<string>()));
            Assert.Contains("empty box", await page.InnerTextAsync("#wh-receipt-flags"), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("label_issued", detail["status"]!["stage"]!.GetValue<string>());
            Assert.Null(detail["receipt"]);
        }

        await Screenshots.SaveAsync(page, "warehouse-tablet-empty-box");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "warehouse empty box (tablet)");
    }

    [Fact]
    public async Task Warehouse_UnknownCodeOrTooEarly_SaysWhy()
    {
        var (orderNumber, email) = ReturnsHttp.NewCustomer();
        using (var created = await browser.Api.PostJsonAsync("/api/orders", ReturnsHttp.TaiwanToGermanyOrder(orderNumber, email), admin: true))
            Assert.True(created.IsSuccessStatusCode);
        using var requested = await browser.Api.PostJsonAsync("/api/returns", ReturnsHttp.ReturnRequest(orderNumber, email));
        var returnId = (await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted))["returnId"]!.GetValue<string>();
        await browser.Api.WaitForStageAsync(returnId, email, "awaiting_confirmation", StepTimeout);

        var page = await TabletAsync();
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'scan-code'", null, Wait());
        await page.Keyboard.TypeAsync("1Z-NO-SUCH-PARCEL");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('error').textContent.includes('Unknown code')", null, Wait());
        Assert.Contains("No return has the id or tracking number 1Z-NO-SUCH-PARCEL", await page.InnerTextAsync("#error"), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#scan-code", "aria-invalid"));
        Assert.Equal("scan-code", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "warehouse unknown code (tablet)");

        // the next scan replaces the selected text
        await page.Keyboard.TypeAsync(returnId);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('error').textContent.includes('does not take a receipt yet')", null, Wait());
        Assert.Contains(returnId, await page.InnerTextAsync("#error"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#wh-receipt-form").CountAsync());
    }

    /// <summary>An order, a confirmed return of 2 tees and a hoodie (apparel), and its label.</summary>
    private async Task<(string ReturnId, string Email)> ReturnWithLabelAsync()
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
        return (returnId, email);
    }

    /// <summary>A 1024×768 page on /admin?view=warehouse with the API key set.</summary>
    private async Task<IPage> TabletAsync()
    {
        var page = await browser.NewPageAsync(BrowserProfile.Desktop, acceptDownloads: true);
        await page.SetViewportSizeAsync(1024, 768);
        await page.GotoAsync("/admin?view=warehouse");
        Assert.False(await page.IsHiddenAsync("#warehouse"));
        Assert.True(await page.IsHiddenAsync("#returns-view"));
        Assert.Equal("page", await page.GetAttributeAsync("#view-warehouse", "aria-current"));
        await page.FillAsync("#api-key", LocalHostProcess.AdminApiKey);
        await page.ClickAsync("#key-form button[type=submit]");
        return page;
    }

    private static async Task WaitForGradeAsync(IPage page, int unit, string grade) =>
        await page.WaitForFunctionAsync(
            "([unit, grade]) => document.getElementById(`wh-unit-${unit}-grade`).value === grade && document.getElementById(`wh-unit-${unit}-suggestion`).textContent.includes('grade ' + grade)",
            new object[] { unit, grade }, Wait());

    /// <summary>Every visible button, checkbox and view link in the warehouse view is at least 44×44 CSS pixels.</summary>
    private static async Task AssertTouchTargetsAsync(IPage page, string step)
    {
        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#warehouse button, #warehouse input[type=checkbox], .views a')]
              .filter(e => e.offsetParent !== null)
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([, r]) => r.width < 44 || r.height < 44)
              .map(([e, r]) => `${e.id || e.textContent.trim()}: ${Math.round(r.width)}x${Math.round(r.height)}`)
            """);
        Assert.True(small.Length == 0, $"touch targets under 44 px in the {step} step: {string.Join(", ", small)}");
    }

    private static PageWaitForFunctionOptions Wait() => new() { Timeout = WaitMs, PollingInterval = 200 };
}
