using System.Text.Json;
using Returns.Api.Handlers;
using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;

namespace Returns.Tests.Api;

public sealed class ClaimsHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();

    private ClaimsHandlers Handlers => _api.Get<ClaimsHandlers>();

    public void Dispose() => _api.Dispose();

    private async Task<(ApiResponse Response, string? FileName)> ForReturnAsync(string returnId, string? format = null, bool adminKey = true)
    {
        var context = _api.Context(query: format is null ? null : "?format=" + format, adminKey: adminKey);
        var response = await ApiHarness.RunAsync(context, Handlers.GetForReturnAsync(context.Request, returnId, CancellationToken.None));
        return (response, context.Response.Headers.ContentDisposition.ToString());
    }

    private Task<ApiResponse> ListAsync(string? format = null, bool adminKey = true)
    {
        var context = _api.Context(query: format is null ? null : "?format=" + format, adminKey: adminKey);
        return ApiHarness.RunAsync(context, Handlers.ListAsync(context.Request, CancellationToken.None));
    }

    /// <summary>
    /// An order shipped from Taiwan to Japan, duty paid by the shop (DDP), and a return of both tees for a size that
    /// does not fit: Taiwan's re-import relief and Japan's refund of duty on goods that do not match the contract.
    /// </summary>
    private async Task<(Order Order, ReturnRecord Record)> SeedTaiwanToJapanAsync(long duty = 1300, long tax = 650, string incoterm = "DDP")
    {
        var order = await _api.SeedOrderAsync(o => o with
        {
            ShipTo = new PostalAddress("JP", "Sato Yuki", "Tokyo", "100-0001", "1-1 Chiyoda"),
            Locale = "ja-JP",
            Incoterm = incoterm,
            ImportDuty = duty,
            ImportTax = tax,
        });
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued, change: r => r with
        {
            OrderNumber = order.OrderNumber,
            ShipFromCountry = "JP",
            ShipToCountry = "TW",
        });
        return (order, record);
    }

    private static Dictionary<string, JsonElement> ClaimsByJurisdiction(JsonElement assessment) =>
        assessment.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("jurisdiction").GetString()!);

    // ---- one return -----------------------------------------------------------------------

    [Fact]
    public async Task GetForReturn_CrossBorderReturn_ListsEachJurisdictionsClaimWithItsDeadline()
    {
        var (order, record) = await SeedTaiwanToJapanAsync();
        var orderDay = DateOnly.FromDateTime(order.PlacedAt.UtcDateTime);

        var (response, _) = await ForReturnAsync(record.ReturnId);

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        var json = response.Json;
        Assert.Equal(record.ReturnId, json.GetProperty("returnId").GetString());
        Assert.Equal(order.OrderNumber, json.GetProperty("orderNumber").GetString());
        Assert.Equal("JP", json.GetProperty("customerCountry").GetString());
        Assert.Equal("TW", json.GetProperty("merchantCountry").GetString());
        var claims = ClaimsByJurisdiction(json);
        Assert.Equal(["JP", "TW"], claims.Keys.Order());

        var reentry = claims["TW"];
        Assert.Equal("TW-reimport-relief", reentry.GetProperty("ruleId").GetString());
        Assert.Equal("reentry_relief", reentry.GetProperty("kind").GetString());
        Assert.Equal("claimable", reentry.GetProperty("status").GetString());
        Assert.Equal(orderDay.AddMonths(12), DateOnly.Parse(reentry.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        var refund = claims["JP"];
        Assert.Equal("JP-Art20-refund", refund.GetProperty("ruleId").GetString());
        Assert.Equal("import_refund", refund.GetProperty("kind").GetString());
        Assert.Equal("claimable", refund.GetProperty("status").GetString());
        Assert.Equal(orderDay.AddMonths(6), DateOnly.Parse(refund.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("EUR", refund.GetProperty("estimate").GetProperty("currency").GetString());
        Assert.InRange(refund.GetProperty("estimate").GetProperty("amount").GetInt64(), 999, 1000);
        Assert.Equal(orderDay.AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("nextDeadline").GetString());
        // A return assessed on the fly is not stored.
        Assert.Null(await _api.Get<ITaxClaimStore>().GetAsync(record.ReturnId));
    }

    [Fact]
    public async Task GetForReturn_ReturnedShareOfThePaidDuty_IsEstimatedExactly()
    {
        // Two tees of 25.00 out of an order of 65.00 are 10/13 of it: 10/13 of 13.00 duty is exactly 10.00.
        var (_, record) = await SeedTaiwanToJapanAsync(duty: 1300);

        var (response, _) = await ForReturnAsync(record.ReturnId);

        var refund = ClaimsByJurisdiction(response.Json)["JP"];
        Assert.Equal(1000, refund.GetProperty("estimate").GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task GetForReturn_DutyPaidByTheCustomer_IsForThemToClaim()
    {
        var (_, record) = await SeedTaiwanToJapanAsync(incoterm: "DAP");

        var (response, _) = await ForReturnAsync(record.ReturnId);

        var refund = ClaimsByJurisdiction(response.Json)["JP"];
        Assert.Equal("check", refund.GetProperty("status").GetString());
        Assert.Contains("DAP", refund.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetForReturn_Csv_HasAHeaderRowAndOneRowPerClaim()
    {
        var (order, record) = await SeedTaiwanToJapanAsync();

        var (response, fileName) = await ForReturnAsync(record.ReturnId, "csv");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.ContentType);
        Assert.Contains($"{record.ReturnId}-claims.csv", fileName);
        var rows = response.Body.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("returnId,orderNumber,ruleId,kind,jurisdiction,", rows[0], StringComparison.Ordinal);
        var claimRows = rows.Skip(1).ToArray();
        Assert.Equal(2, claimRows.Length);
        Assert.All(claimRows, r => Assert.StartsWith($"{record.ReturnId},{order.OrderNumber},", r, StringComparison.Ordinal));
        Assert.Contains(claimRows, r => r.Contains(",TW-reimport-relief,reentry_relief,TW,", StringComparison.Ordinal));
        Assert.Contains(claimRows, r => r.Contains(",JP-Art20-refund,import_refund,JP,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetForReturn_Pdf_IsAPdfClaimPack()
    {
        var (_, record) = await SeedTaiwanToJapanAsync();

        var (response, fileName) = await ForReturnAsync(record.ReturnId, "pdf");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.ContentType);
        Assert.StartsWith("%PDF-", response.Body, StringComparison.Ordinal);
        Assert.Contains($"{record.ReturnId}-claim-pack.pdf", fileName);
    }

    [Fact]
    public async Task GetForReturn_UnknownFormat_Returns400()
    {
        var (_, record) = await SeedTaiwanToJapanAsync();

        var (response, _) = await ForReturnAsync(record.ReturnId, "xml");

        Assert.Equal(400, response.Status);
        Assert.Equal("format must be json, csv or pdf.", response.Detail);
    }

    [Fact]
    public async Task GetForReturn_UnknownReturn_Returns404()
    {
        var returnId = AdapterSamples.NewReturnId();

        var (response, _) = await ForReturnAsync(returnId);

        Assert.Equal(404, response.Status);
        Assert.Equal($"There is no return with id {returnId}.", response.Detail);
    }

    [Fact]
    public async Task GetForReturn_WithoutApiKey_Returns401()
    {
        var (_, record) = await SeedTaiwanToJapanAsync();

        var (response, _) = await ForReturnAsync(record.ReturnId, adminKey: false);

        Assert.Equal(401, response.Status);
        Assert.Contains("x-api-key", response.Detail);
        Assert.DoesNotContain(record.OrderNumber, response.Body);
    }

    [Fact]
    public async Task GetForReturn_StoredAssessment_IsAnsweredAsStored()
    {
        var (order, record) = await SeedTaiwanToJapanAsync();
        var assessedAt = DateTimeOffset.UtcNow.AddDays(-1);
        await _api.Get<ITaxClaimStore>().SaveAsync(_api.Get<TaxClaimAdvisor>().Assess(order, record, assessedAt));

        var (response, _) = await ForReturnAsync(record.ReturnId);

        Assert.Equal(200, response.Status);
        Assert.Equal(assessedAt, response.Json.GetProperty("assessedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task GetForReturn_DomesticReturn_HasNoClaims()
    {
        var order = await _api.SeedOrderAsync(o => o with { ShipTo = new PostalAddress("TW", "Lin Mei", "Taipei", "104", "2 Nanjing E Rd") });
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued, change: r => r with { OrderNumber = order.OrderNumber, ShipFromCountry = "TW", ShipToCountry = "TW" });

        var (response, _) = await ForReturnAsync(record.ReturnId);

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Json.GetProperty("claims").EnumerateArray());
    }

    // ---- all returns ----------------------------------------------------------------------

    [Fact]
    public async Task List_StoredAssessment_AppearsInItemsAndUpcoming()
    {
        var (order, record) = await SeedTaiwanToJapanAsync();
        await _api.Get<ITaxClaimStore>().SaveAsync(_api.Get<TaxClaimAdvisor>().Assess(order, record, DateTimeOffset.UtcNow));

        var response = await ListAsync();

        Assert.Equal(200, response.Status);
        var json = response.Json;
        Assert.True(json.GetProperty("returns").GetInt32() >= 1);
        var item = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("returnId").GetString() == record.ReturnId);
        Assert.Equal(2, item.GetProperty("claims").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, json.GetProperty("byStatus").ValueKind);
        Assert.True(json.GetProperty("byStatus").GetProperty("claimable").GetInt32() >= 2);

        // The next deadlines of all stored returns, earliest first, at most 20: ours unless 20 come before it.
        var upcoming = json.GetProperty("upcoming").EnumerateArray().ToList();
        var deadlines = upcoming.Select(u => DateOnly.Parse(u.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(deadlines.Order(), deadlines);
        Assert.InRange(upcoming.Count, 1, 20);
        var ours = upcoming.Where(u => u.GetProperty("returnId").GetString() == record.ReturnId).ToList();
        var orderDay = DateOnly.FromDateTime(order.PlacedAt.UtcDateTime);
        if (upcoming.Count < 20 || deadlines[^1] > orderDay.AddMonths(6))
        {
            var jp = Assert.Single(ours, u => u.GetProperty("jurisdiction").GetString() == "JP");
            Assert.Equal("claimable", jp.GetProperty("status").GetString());
            Assert.Equal(orderDay.AddMonths(6), DateOnly.Parse(jp.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task List_Csv_HasTheHeaderAndTheStoredReturnsRows()
    {
        var (order, record) = await SeedTaiwanToJapanAsync();
        await _api.Get<ITaxClaimStore>().SaveAsync(_api.Get<TaxClaimAdvisor>().Assess(order, record, DateTimeOffset.UtcNow));

        var response = await ListAsync("csv");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.ContentType);
        var rows = response.Body.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("returnId,", rows[0], StringComparison.Ordinal);
        Assert.Equal(2, rows.Count(r => r.StartsWith(record.ReturnId + ",", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("xml")]
    public async Task List_FormatOtherThanJsonOrCsv_Returns400(string format)
    {
        var response = await ListAsync(format);

        Assert.Equal(400, response.Status);
        Assert.Equal("format must be json or csv.", response.Detail);
    }

    [Fact]
    public async Task List_WithoutApiKey_Returns401()
    {
        var response = await ListAsync(adminKey: false);

        Assert.Equal(401, response.Status);
    }
}
