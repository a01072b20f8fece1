using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Returns.Tests.EndToEnd;

namespace Returns.Tests.Browser;

/// <summary>
/// The analytics view of /admin (?view=analytics) on a desktop and a phone: headline figures, charts with their text
/// alternatives, tables, filters kept in the URL, CSV downloads, the API's error for a bad filter, the retry while the
/// figures are still loading, and axe-core on every state. The host's Azurite is shared with other tests, so every
/// assertion on figures looks at a market and category only this test's data has (New Zealand, a category of its own).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnalyticsBrowserTests(BrowserFixture browser)
{
    private const string Market = "NZ";
    private const int UnitsSold = 40;
    private const int UnitsReturned = 2;
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);
    private static readonly float WaitMs = (float)StepTimeout.TotalMilliseconds;
    private static readonly SemaphoreSlim SeedGate = new(1, 1);
    private static Seeded? _seeded;

    [Fact]
    public async Task Analytics_Desktop_ShowsOwnSalesInFiguresChartsTablesAndCsv()
    {
        var data = await SeedAsync();
        var page = await OpenAsync(BrowserProfile.Desktop, data.Url);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await WaitForFiguresAsync(page);

        Assert.Equal("Returns – analytics", await page.TitleAsync());
        Assert.Equal("page", await page.GetAttributeAsync("#view-analytics", "aria-current"));
        Assert.Null(await page.GetAttributeAsync("#view-returns", "aria-current"));
        Assert.True(await page.IsHiddenAsync("#returns-view"));

        // the filters came from the URL; the headline counts exactly this test's order (only it is in this category)
        Assert.Equal(Market, await page.InputValueAsync("#an-market"));
        Assert.Equal(data.Category, await page.InputValueAsync("#an-category"));
        Assert.Equal(UnitsSold.ToString(System.Globalization.CultureInfo.InvariantCulture), (await page.InnerTextAsync("[data-kpi=unitsSold] .an-value")).Trim());
        Assert.Contains("New Zealand", await page.InnerTextAsync("#an-scope"), StringComparison.Ordinal);
        foreach (var kpi in new[] { "unitsReturned", "returnRate", "valueReturnRate", "returns", "costPerReturn", "cost", "refunded", "recovered", "net" })
            Assert.Equal(1, await page.Locator($"[data-kpi={kpi}] .an-value").CountAsync());

        // the SKU and product tables list the test's SKU with its sales
        var skuRow = page.Locator("#an-sku-table tbody tr", new PageLocatorOptions { HasText = data.Sku });
        Assert.Equal(1, await skuRow.CountAsync());
        Assert.Contains("40", await skuRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#an-product-table tbody tr", new PageLocatorOptions { HasText = data.Sku }).CountAsync());

        // every chart is an svg role=img named by its <title> and described by its <desc>; the category chart names the category
        var categoryChart = page.Locator("#an-category svg[role=img]");
        Assert.Equal(1, await categoryChart.CountAsync());
        Assert.Equal("Return rate by category", await categoryChart.Locator("title").TextContentAsync());
        Assert.Contains(data.Category, await categoryChart.Locator("desc").TextContentAsync() ?? "", StringComparison.Ordinal);
        var unnamed = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('#analytics svg[role=img]')].filter(s => {
              const ids = (s.getAttribute('aria-labelledby') || '').split(' ');
              return ids.length < 2 || ids.some(id => !document.getElementById(id) || !document.getElementById(id).textContent.trim())
                || !s.querySelector(':scope > title') || !s.querySelector(':scope > desc');
            }).length
            """);
        Assert.Equal(0, unnamed);
        Assert.True(await page.Locator("#analytics svg[role=img]").CountAsync() >= 3, "the month, category and market charts at least");
        // ... with the same numbers in a table next to it
        Assert.Equal(1, await page.Locator("#an-category details table caption").CountAsync());
        Assert.Contains(data.Category, await page.Locator("#an-category-table").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#analytics table:not(:has(caption))").CountAsync());

        // no flag: the product is alone in its category, and the empty state says why
        Assert.Contains("No product's return rate is significantly above its category's (at least 30 units sold)",
            await page.InnerTextAsync("#an-flags"), StringComparison.Ordinal);

        await Screenshots.SaveAsync(page, "analytics-Desktop");
        await AssertNoViolationsAsync(page, "analytics (Desktop)");

        // CSV of the SKU table: same filters, by=sku, the test's SKU in it
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#an-csv-return-rates-sku"));
        Assert.Contains("return-rates-by-sku", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = (await File.ReadAllTextAsync((await download.PathAsync())!)).TrimStart('\uFEFF');
        Assert.StartsWith("key,label,category,unitsSold", csv, StringComparison.Ordinal);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(data.Sku + ",", lines[1], StringComparison.Ordinal);
        Assert.Contains(",40,", lines[1], StringComparison.Ordinal);

        // filters round-trip through the URL: a From month applied, then the page reloaded
        var from = DateTime.UtcNow.AddMonths(-2).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await page.FillAsync("#an-from", from);
        await page.ClickAsync("#an-apply");
        await page.WaitForFunctionAsync("from => document.getElementById('an-scope').textContent.includes('3 months') && location.search.includes('from=' + from)", from, Wait());
        var query = new Uri(page.Url).Query;
        Assert.Contains("view=analytics", query, StringComparison.Ordinal);
        Assert.Contains($"from={from}", query, StringComparison.Ordinal);
        Assert.Contains($"market={Market}", query, StringComparison.Ordinal);
        Assert.Contains($"category={Uri.EscapeDataString(data.Category)}", query, StringComparison.Ordinal);
        await page.ReloadAsync();
        await WaitForFiguresAsync(page);
        Assert.Equal(from, await page.InputValueAsync("#an-from"));
        Assert.Equal(Market, await page.InputValueAsync("#an-market"));
        Assert.Equal(data.Category, await page.InputValueAsync("#an-category"));
        Assert.Contains("3 months", await page.InnerTextAsync("#an-scope"), StringComparison.Ordinal);
        Assert.Equal("40", (await page.InnerTextAsync("[data-kpi=unitsSold] .an-value")).Trim());

        // back: the previous filters (the default 12 months) come back from the URL
        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('an-scope').textContent.includes('12 months')", null, Wait());
        Assert.DoesNotContain("from=", new Uri(page.Url).Query, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Analytics_Desktop_ShowsTheReturnInRatesReasonsAndStages()
    {
        // The category alone: the return's units count in it whatever market the return is booked under.
        var data = await SeedAsync();
        var page = await OpenAsync(BrowserProfile.Desktop, data.CategoryUrl);
        await WaitForFiguresAsync(page);
        Assert.Equal("", await page.InputValueAsync("#an-market"));
        Assert.Equal("40", (await page.InnerTextAsync("[data-kpi=unitsSold] .an-value")).Trim());
        Assert.Equal("2", (await page.InnerTextAsync("[data-kpi=unitsReturned] .an-value")).Trim());
        Assert.Equal("5.0 %", (await page.InnerTextAsync("[data-kpi=returnRate] .an-value")).Replace('\u00a0', ' ').Trim());

        // why it came back: the stacked bar (svg role=img) and the table, with the reason in words
        var chart = page.Locator("#an-reasons svg[role=img]");
        Assert.Equal(1, await chart.CountAsync());
        Assert.Contains("size too small 100", await chart.Locator("desc").TextContentAsync() ?? "", StringComparison.Ordinal);
        var row = page.Locator("#an-reasons-table tbody tr", new PageLocatorOptions { HasText = data.Sku });
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("2 (100", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Size too small", await page.InnerTextAsync("#an-reasons-table thead"), StringComparison.Ordinal);

        // where returns wait: the slowest stage named in words, one row marked in the table
        Assert.Contains("Slowest:", await page.InnerTextAsync("#an-bottleneck"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#an-stages-table tr.an-slowest").CountAsync());
        Assert.True(await page.Locator("#an-stages svg[role=img]").CountAsync() == 1, "the stage chart");
        var groups = await page.Locator("#an-stage-group option").CountAsync();
        Assert.True(groups >= 2, "one market's or one carrier's stages can be picked");
        await page.SelectOptionAsync("#an-stage-group", new SelectOptionValue { Index = 1 });
        await page.WaitForFunctionAsync("() => !document.getElementById('an-stages-table-caption').textContent.endsWith('all returns')", null, Wait());

        // what customers say: the comment's language is marked on every quoted example
        Assert.Equal(0, await page.Locator("#an-themes q:not([lang])").CountAsync());
        await Screenshots.SaveAsync(page, "analytics-Desktop-category");
        await AssertNoViolationsAsync(page, "analytics of one category (Desktop)");
    }

    [Fact]
    public async Task Analytics_Phone_FitsTheScreenAndPassesAxe()
    {
        var data = await SeedAsync();
        var page = await OpenAsync(BrowserProfile.Phone, data.Url);
        await WaitForFiguresAsync(page);
        Assert.Equal("40", (await page.InnerTextAsync("[data-kpi=unitsSold] .an-value")).Trim());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page is no wider than the phone: wide tables scroll in their own region");
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('#analytics svg[role=img]')].every(s => s.getBoundingClientRect().width <= window.innerWidth)"),
            "charts scale to the screen");
        // the numbers behind a chart open on a tap
        await page.ClickAsync("#an-category details > summary");
        Assert.True(await page.IsVisibleAsync("#an-category-table"));
        await Screenshots.SaveAsync(page, "analytics-Phone");
        await AssertNoViolationsAsync(page, "analytics (Phone)");
    }

    [Fact]
    public async Task Analytics_BadFilterInTheUrl_ShowsTheApiError()
    {
        var page = await OpenAsync(BrowserProfile.Desktop, "/admin?view=analytics&from=2026-05&to=2026-01");
        await page.WaitForFunctionAsync("() => document.getElementById('error').textContent.trim().length > 0", null, Wait());
        Assert.Contains("from must not be after to", await page.InnerTextAsync("#error"), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#an-from", "aria-invalid"));
        Assert.Equal("2026-05", await page.InputValueAsync("#an-from"));
        Assert.Equal(0, await page.Locator("[data-kpi]").CountAsync());
        Assert.Contains("correct the filters", await page.InnerTextAsync("#an-body"), StringComparison.Ordinal);
        await AssertNoViolationsAsync(page, "analytics with a bad filter (Desktop)");

        // a market that is not a country code: the API says what it wants
        await page.GotoAsync("/admin?view=analytics&market=NZL");
        await page.WaitForFunctionAsync("() => document.getElementById('error').textContent.includes('two-letter')", null, Wait());
        Assert.Equal("true", await page.GetAttributeAsync("#an-market", "aria-invalid"));
    }

    [Fact]
    public async Task Analytics_ViewLink_ShowsTheViewFocusesItsHeadingAndKeepsTheUrl()
    {
        var page = await browser.NewPageAsync(BrowserProfile.Desktop);
        await page.GotoAsync("/admin");
        await page.FillAsync("#api-key", LocalHostProcess.AdminApiKey);
        await page.ClickAsync("#key-form button[type=submit]");
        Assert.True(await page.IsHiddenAsync("#analytics"));

        await page.ClickAsync("#view-analytics");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'an-title'", null, Wait());
        Assert.Equal("Returns – analytics", await page.TitleAsync());
        Assert.Equal("?view=analytics", new Uri(page.Url).Query);
        Assert.True(await page.IsHiddenAsync("#returns-view"));
        Assert.Equal("page", await page.GetAttributeAsync("#view-analytics", "aria-current"));
        await WaitForFiguresAsync(page);

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => !document.getElementById('returns-view').hidden", null, Wait());
        Assert.True(await page.IsHiddenAsync("#analytics"));
        Assert.Equal("Returns – merchant dashboard", await page.TitleAsync());
        await page.GoForwardAsync();
        await page.WaitForFunctionAsync("() => !document.getElementById('analytics').hidden", null, Wait());
        Assert.Equal("page", await page.GetAttributeAsync("#view-analytics", "aria-current"));
    }

    [Fact]
    public async Task Analytics_StillLoading_SaysSoAndRetries()
    {
        var page = await browser.NewPageAsync(BrowserProfile.Desktop);
        var calls = 0;
        await page.RouteAsync("**/api/admin/analytics/dashboard*", async route =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 503,
                    ContentType = "application/problem+json",
                    Body = """{"title":"Service unavailable","status":503,"detail":"The analytics are still loading; try again in a few seconds."}""",
                });
                return;
            }

            await route.ContinueAsync();
        });
        await page.GotoAsync("/admin?view=analytics");
        await page.FillAsync("#api-key", LocalHostProcess.AdminApiKey);
        await page.ClickAsync("#key-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.includes('still loading')", null, Wait());
        Assert.Contains("retrying", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        await WaitForFiguresAsync(page);
        Assert.Equal(2, calls);
        Assert.Equal("", (await page.InnerTextAsync("#error")).Trim());
    }

    /// <summary>A page on <paramref name="url"/> with the API key set (the view loads its figures once the key is there).</summary>
    private async Task<IPage> OpenAsync(BrowserProfile profile, string url)
    {
        var page = await browser.NewPageAsync(profile, acceptDownloads: true);
        await page.GotoAsync(url);
        Assert.False(await page.IsHiddenAsync("#analytics"));
        await page.FillAsync("#api-key", LocalHostProcess.AdminApiKey);
        await page.ClickAsync("#key-form button[type=submit]");
        return page;
    }

    private static async Task WaitForFiguresAsync(IPage page) =>
        await page.WaitForFunctionAsync(
            "() => document.querySelector('#an-body [data-kpi=unitsSold]') && !document.getElementById('an-body').hasAttribute('aria-busy')", null, Wait());

    /// <summary>axe-core finds nothing at all, whatever the impact.</summary>
    private static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var violations = await AxeCheck.RunAsync(page);
        Assert.True(violations.Count == 0, AxeCheck.Describe(violations, $"axe-core found {violations.Count} violation(s) on {what}:"));
    }

    private static PageWaitForFunctionOptions Wait() => new() { Timeout = WaitMs, PollingInterval = 200 };

    /// <summary>This run's data, made once for all the tests in the class.</summary>
    private async Task<Seeded> SeedAsync()
    {
        await SeedGate.WaitAsync();
        try
        {
            return _seeded ??= await CreateAsync();
        }
        finally
        {
            SeedGate.Release();
        }
    }

    /// <summary>
    /// An order shipped to New Zealand with 40 units of a SKU of its own in a category of its own (counted as sales on
    /// import), and a return of 2 of them for "size too small" once it is labelled; then waits until the figures show it.
    /// </summary>
    private async Task<Seeded> CreateAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var sku = $"AN-{id}";
        var category = $"test-cat-{id.ToLowerInvariant()}";
        var (orderNumber, email) = ReturnsHttp.NewCustomer();
        var now = DateTimeOffset.UtcNow;
        var order = new JsonObject
        {
            ["orderNumber"] = orderNumber,
            ["email"] = email,
            ["customerName"] = "Aroha Ngata",
            ["locale"] = "en-NZ",
            ["currency"] = "NZD",
            ["placedAt"] = now.AddDays(-9).ToString("O"),
            ["deliveredAt"] = now.AddDays(-3).ToString("O"),
            ["incoterm"] = "DDP",
            ["exportDeclarationRef"] = "TW-EXP-" + orderNumber,
            ["shipFrom"] = new JsonObject { ["country"] = "TW", ["name"] = "Formosa Threads Returns", ["city"] = "Taipei", ["postalCode"] = "100", ["line1"] = "No. 1, Sec. 1, Zhongshan S. Rd." },
            ["shipTo"] = new JsonObject { ["name"] = "Aroha Ngata", ["country"] = Market, ["city"] = "Auckland", ["postalCode"] = "1010", ["line1"] = "12 Queen Street" },
            ["lines"] = new JsonArray
            {
                new JsonObject
                {
                    ["sku"] = sku, ["name"] = $"Analytics test jacket {id}", ["quantity"] = UnitsSold, ["unitPrice"] = 4500, ["hsCode"] = "620193",
                    ["originCountry"] = "TW", ["category"] = category, ["weightGrams"] = 300, ["tags"] = new JsonArray(),
                },
            },
        };
        using (var created = await browser.Api.PostJsonAsync("/api/orders", order, admin: true))
            Assert.True(created.IsSuccessStatusCode, $"POST /api/orders answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");

        var request = new JsonObject
        {
            ["email"] = email,
            ["orderNumber"] = orderNumber,
            ["locale"] = "en-NZ",
            ["resolution"] = "refund",
            ["lines"] = new JsonArray
            {
                new JsonObject { ["sku"] = sku, ["quantity"] = UnitsReturned, ["reason"] = "size_too_small", ["comment"] = "Runs small, I need a size up" },
            },
        };
        using (var requested = await browser.Api.PostJsonAsync("/api/returns", request))
        {
            var returnId = (await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted))["returnId"]!.GetValue<string>();
            using (await browser.Http.GetAsync(await browser.Api.WaitForConfirmLinkAsync(returnId, email, StepTimeout)))
            {
            }

            await browser.Api.WaitForStageAsync(returnId, email, "label_issued", StepTimeout);
        }

        // the figures: the sales in the market at once; the returned units in the category once the label's stage is recorded
        await WaitForSummaryAsync($"market={Market}&category={Uri.EscapeDataString(category)}", s => s["unitsSold"]!.GetValue<long>() == UnitsSold, "the order's units sold in NZ");
        await WaitForSummaryAsync($"category={Uri.EscapeDataString(category)}", s => s["unitsReturned"]!.GetValue<long>() == UnitsReturned, "the returned units");
        return new Seeded(sku, category);
    }

    private async Task WaitForSummaryAsync(string query, Func<JsonObject, bool> until, string what)
    {
        var clock = Stopwatch.StartNew();
        JsonObject? summary = null;
        while (clock.Elapsed < StepTimeout)
        {
            using var response = await browser.Api.SendAsync(HttpMethod.Get, "/api/admin/analytics/summary?" + query, admin: true);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                summary = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["summary"]!.AsObject();
                if (until(summary))
                    return;
            }

            await Task.Delay(ReturnsHttp.PollInterval);
        }

        Assert.Fail($"The analytics never showed {what} ({query}): {summary?.ToJsonString() ?? "(no answer)"}\n--- host output (tail) ---\n{browser.Host.OutputTail()}");
    }

    private sealed record Seeded(string Sku, string Category)
    {
        /// <summary>The market only this test sells in, and its category: the figures are exactly this test's order.</summary>
        public string Url => $"/admin?view=analytics&market={Market}&category={Uri.EscapeDataString(Category)}";

        public string CategoryUrl => $"/admin?view=analytics&category={Uri.EscapeDataString(Category)}";
    }
}
