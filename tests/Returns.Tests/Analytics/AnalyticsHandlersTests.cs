using System.Text.Json;
using Returns.Api.Handlers;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Tests.Api;

namespace Returns.Tests.Analytics;

/// <summary>GET /api/admin/analytics/{table} on the real handlers and the test Azurite, fed by imported orders and a return.</summary>
public sealed class AnalyticsHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<ApiResponse> GetAsync(string table, string? query = null, bool adminKey = true)
    {
        await _api.Get<AnalyticsAggregator>().ApplyPendingAsync();
        var context = _api.Context(query: query, adminKey: adminKey);
        return await ApiHarness.RunAsync(context, _api.Get<AnalyticsHandlers>().GetAsync(context.Request, table, CancellationToken.None));
    }

    private async Task PostOrderAsync(string number, DateTimeOffset placedAt, int status = 201)
    {
        var order = new
        {
            orderNumber = number, email = "anna@example.de", customerName = "Anna Schmidt", locale = "de-DE", currency = "USD",
            placedAt, deliveredAt = placedAt.AddDays(3), incoterm = "DDP",
            shipFrom = new { country = "TW", city = "Taipei", postalCode = "100", line1 = "1 Zhongshan Rd" },
            shipTo = new { name = "Anna Schmidt", country = "DE", city = "Berlin", postalCode = "10115", line1 = "Invalidenstr. 1" },
            lines = new object[] { new { sku = "TEE-BLK-M", name = "Tee black M", quantity = 10, unitPrice = 2500, hsCode = "610910", originCountry = "TW", category = "apparel", weightGrams = 200 } },
        };
        var put = _api.Json("POST", order, adminKey: true);
        Assert.Equal(status, (await ApiHarness.RunAsync(put, _api.Get<OrderHandlers>().PutOrderAsync(put.Request, CancellationToken.None))).Status);
    }

    /// <summary>An order of 10 tees (through the order route) and a closed return of 2 of them, for too small.</summary>
    private async Task<string> SeedAsync()
    {
        var number = ApiHarness.NewOrderNumber();
        await PostOrderAsync(number, DateTimeOffset.UtcNow.AddDays(-5));

        var now = DateTimeOffset.UtcNow;
        var record = await _api.SeedReturnAsync(ReturnStages.Closed, change: r => r with
        {
            OrderNumber = number, ShipFromCountry = "DE", ShipToCountry = "TW", CreatedAt = now.AddHours(-30), Currency = "USD", Route = "direct", Sequence = 9,
            Lines = [new ReturnLine("TEE-BLK-M", "Tee black M", 2, 2500, "size_too_small", "Fällt sehr klein aus")],
            Label = new LabelInfo("Returns Post", "standard", "RP" + number, now.AddHours(-29)),
            Timeline =
            [
                new(ReturnStages.AwaitingConfirmation, now.AddHours(-30)), new(ReturnStages.Approved, now.AddHours(-29)),
                new(ReturnStages.LabelIssued, now.AddHours(-29)), new(ReturnStages.InTransit, now.AddHours(-20)),
                new(ReturnStages.Received, now.AddHours(-4)), new(ReturnStages.Inspected, now.AddHours(-2)),
                new(ReturnStages.RefundIssued, now.AddHours(-1)), new(ReturnStages.Closed, now.AddHours(-1)),
            ],
        });
        Assert.True(await _api.Get<IAnalyticsFeed>().TryRecordReturnAsync(record));
        return record.ReturnId;
    }

    [Fact]
    public async Task Get_WithoutApiKey_Returns401()
    {
        Assert.Equal(401, (await GetAsync("dashboard", adminKey: false)).Status);
    }

    [Theory]
    [InlineData("from=2026-13")]
    [InlineData("to=26-01")]
    [InlineData("from=2026-05&to=2026-01")]
    [InlineData("market=DEU")]
    [InlineData("minSold=0")]
    [InlineData("confidence=2")]
    [InlineData("format=xml")]
    public async Task Get_BadQuery_Returns400WithTheReason(string query)
    {
        var response = await GetAsync("dashboard", query);

        Assert.Equal(400, response.Status);
        Assert.False(string.IsNullOrWhiteSpace(response.Detail));
    }

    [Fact]
    public async Task Get_UnknownTable_Returns404NamingTheTables()
    {
        var response = await GetAsync("everything");

        Assert.Equal(404, response.Status);
        Assert.Contains("return-rates", response.Detail);
    }

    [Fact]
    public async Task Dashboard_ImportedSalesAndAReturn_ShowRateReasonStagesAndTheme()
    {
        await SeedAsync();

        var response = await GetAsync("dashboard");

        Assert.Equal(200, response.Status);
        var json = response.Json;
        var sku = json.GetProperty("returnRates").GetProperty("bySku").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "TEE-BLK-M");
        Assert.Equal((10, 2, 0.2), (sku.GetProperty("unitsSold").GetInt32(), sku.GetProperty("unitsReturned").GetInt32(), sku.GetProperty("returnRate").GetDouble()));
        Assert.Equal("size_too_small", json.GetProperty("reasons")[0].GetProperty("dominantReason").GetString());
        var transit = json.GetProperty("stages").EnumerateArray()
            .Single(s => s.GetProperty("market").GetString() == "all" && s.GetProperty("carrier").GetString() == "all" && s.GetProperty("stage").GetString() == ReturnStages.InTransit);
        Assert.InRange(transit.GetProperty("medianHours").GetDouble(), 16 * 0.87, 16 * 1.13);
        Assert.Equal("runs_small", json.GetProperty("themes")[0].GetProperty("theme").GetString());
        Assert.Equal("DE", json.GetProperty("options").GetProperty("markets")[0].GetString());
        Assert.Equal("USD", json.GetProperty("currency").GetString());
        Assert.Equal(1, json.GetProperty("costs").GetProperty("byRoute")[0].GetProperty("closed").GetInt32());
    }

    [Fact]
    public async Task Get_ReturnRecordedAgain_CountsOnce()
    {
        var returnId = await SeedAsync();
        var record = (await _api.Get<IReturnStore>().GetAsync(returnId))!;

        var aggregator = _api.Get<AnalyticsAggregator>();
        await aggregator.ApplyPendingAsync();
        await _api.Get<IAnalyticsFeed>().TryRecordReturnAsync(record);
        await aggregator.ApplyPendingAsync();
        await _api.Get<IAnalyticsFeed>().TryRecordReturnAsync(record);
        await _api.Get<IAnalyticsFeed>().TryRecordReturnAsync(record);

        var rows = (await GetAsync("return-rates", "by=sku")).Json.GetProperty("rows");
        Assert.Equal(2, rows.EnumerateArray().Single(r => r.GetProperty("key").GetString() == "TEE-BLK-M").GetProperty("unitsReturned").GetInt32());
        var facts = await _api.Get<IAnalyticsStore>().GetFactsAsync(returnId);
        Assert.Equal(("TEE-BLK-M", "apparel", "size_too_small"), (facts!.Lines[0].Sku, facts.Lines[0].Category, facts.Lines[0].Reason));
    }

    [Theory]
    [InlineData("summary", "unitsSold,unitsReturned")]
    [InlineData("return-rates", "key,label,category,unitsSold")]
    [InlineData("reasons", "product,productName,category,unitsReturned,dominantReason,size_too_small")]
    [InlineData("flags", "product,productName,category,unitsSold")]
    [InlineData("stages", "market,carrier,stage,waitsOn,count,medianHours,p90Hours")]
    [InlineData("costs", "key,requested,returned,costed")]
    [InlineData("dispositions", "grade,disposition,units")]
    [InlineData("themes", "theme,label,comments,share,languages,examples,terms")]
    public async Task Get_TableAsCsv_ReturnsItsColumns(string table, string header)
    {
        await SeedAsync();

        var response = await GetAsync(table, "format=csv");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.ContentType);
        Assert.StartsWith(header, response.Body.TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task Get_MarketFilter_NarrowsTheFigures()
    {
        await SeedAsync();

        var summary = (await GetAsync("summary", "market=JP")).Json.GetProperty("summary");

        Assert.Equal(0, summary.GetProperty("unitsSold").GetInt32());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("returnRate").ValueKind);
    }

    [Fact]
    public async Task PutOrder_SentAgainForAnotherMonth_MovesItsSales()
    {
        var number = ApiHarness.NewOrderNumber();
        await PostOrderAsync(number, new DateTimeOffset(2025, 1, 15, 9, 0, 0, TimeSpan.Zero));
        await PostOrderAsync(number, new DateTimeOffset(2025, 3, 2, 9, 0, 0, TimeSpan.Zero), status: 200);

        long Sold(JsonElement summary) => summary.GetProperty("summary").GetProperty("unitsSold").GetInt64();
        Assert.Equal(0, Sold((await GetAsync("summary", "from=2025-01&to=2025-01")).Json));
        Assert.Equal(10, Sold((await GetAsync("summary", "from=2025-03&to=2025-03")).Json));
    }

    [Fact]
    public async Task ApplyPending_ReturnMarkedBeforeACrash_IsAppliedFromItsStoredState()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.InTransit, change: r => r with
        {
            ShipFromCountry = "NZ", Sequence = 5,
            Timeline = [new(ReturnStages.AwaitingConfirmation, r.CreatedAt), new(ReturnStages.Approved, r.CreatedAt.AddHours(1)), new(ReturnStages.InTransit, r.CreatedAt.AddDays(1))],
        });
        // The workflow's step marked the return, then the host died: the mark is all there is.
        await _api.Get<IAnalyticsStore>().MarkPendingAsync(SubjectUpdate.ReturnSubject(record.ReturnId), [AnalyticsPeriods.Of(record.CreatedAt)]);

        Assert.Equal(1, await _api.Get<AnalyticsAggregator>().ApplyPendingAsync());

        var summary = (await GetAsync("summary", "market=NZ")).Json.GetProperty("summary");
        Assert.Equal(record.Lines.Sum(l => l.Quantity), summary.GetProperty("unitsReturned").GetInt32());
        Assert.Empty(await _api.Get<IAnalyticsStore>().PendingAsync(DateTimeOffset.UtcNow.AddMinutes(1)));
    }
}
