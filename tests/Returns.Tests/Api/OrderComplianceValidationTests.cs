using System.Text.Json;
using System.Text.Json.Nodes;
using Returns.Api.Handlers;
using Returns.Api.Http;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Api;

/// <summary>POST /api/orders: tariff codes, dangerous goods, battery conditions, regions and import charges.</summary>
public sealed class OrderComplianceValidationTests : IDisposable
{
    private readonly ApiHarness _api = new();

    private OrderHandlers Handlers => _api.Get<OrderHandlers>();

    public void Dispose() => _api.Dispose();

    /// <summary>A one-line order; <paramref name="line"/> and <paramref name="order"/> change the JSON before it is sent.</summary>
    private static JsonObject OrderBody(string orderNumber, string from = "TW", string to = "DE", Action<JsonObject>? line = null, Action<JsonObject>? order = null)
    {
        var body = JsonSerializer.SerializeToNode(new
        {
            orderNumber,
            email = "anna@example.de",
            customerName = "Anna Schmidt",
            locale = "de-DE",
            currency = "EUR",
            placedAt = "2025-03-01T09:30:00Z",
            deliveredAt = "2025-03-05T12:00:00Z",
            incoterm = "DDP",
            shipFrom = new { country = from, city = "Taipei", postalCode = "100", line1 = "1 Zhongshan Rd" },
            shipTo = new { name = "Anna Schmidt", country = to, city = "Berlin", postalCode = "10115", line1 = "Invalidenstr. 1" },
            lines = new object[]
            {
                new { sku = "TEE-BLK-M", name = "Tee black M", quantity = 2, unitPrice = 2500, hsCode = "610910", originCountry = "TW", category = "apparel", weightGrams = 200 },
            },
        }, ApiJson.Options)!.AsObject();
        line?.Invoke(body["lines"]![0]!.AsObject());
        order?.Invoke(body);
        return body;
    }

    private async Task<(ApiResponse Response, Order? Stored)> PostAsync(JsonObject body)
    {
        var number = body["orderNumber"]!.GetValue<string>();
        var context = _api.Context("POST", body.ToJsonString(), adminKey: true);
        var response = await ApiHarness.RunAsync(context, Handlers.PutOrderAsync(context.Request, CancellationToken.None));
        return (response, await _api.Get<IOrderStore>().GetAsync(number));
    }

    // ---- tariff codes ---------------------------------------------------------------------

    [Theory]
    [InlineData("6109.10", "TW", "DE", "610910")]
    [InlineData("6109 10-00", "TW", "DE", "61091000")]
    [InlineData("6109100010", "TW", "US", "6109100010")]
    [InlineData("61091000", "TW", "DE", "61091000")]
    [InlineData("9801001000", "TW", "US", "9801001000")]
    [InlineData("9801001000", "US", "DE", "9801001000")]
    [InlineData("610910000", "TW", "JP", "610910000")]
    public async Task PostOrder_HsCodeValidForTheRoute_IsStoredAsDigits(string hsCode, string from, string to, string stored)
    {
        var body = OrderBody(ApiHarness.NewOrderNumber(), from, to, line: l => l["hsCode"] = hsCode);

        var (response, order) = await PostAsync(body);

        Assert.Equal(201, response.Status);
        Assert.Equal(stored, Assert.Single(order!.Lines).HsCode);
    }

    [Theory]
    [InlineData("7712345", "TW", "DE", "chapter 77")]
    [InlineData("0012345678", "TW", "US", "chapter 00")]
    [InlineData("9801001000", "TW", "DE", "chapter 98")]
    [InlineData("61A910", "TW", "DE", "digits only")]
    [InlineData("61091", "TW", "DE", "six-digit")]
    [InlineData("610910000", "TW", "DE", "9 digits")]
    [InlineData("61091000", "TW", "US", "8 digits")]
    public async Task PostOrder_HsCodeInvalidForTheRoute_Returns400NamingTheLineAndStoresNothing(string hsCode, string from, string to, string problem)
    {
        var body = OrderBody(ApiHarness.NewOrderNumber(), from, to, line: l => l["hsCode"] = hsCode);

        var (response, order) = await PostAsync(body);

        Assert.Equal(400, response.Status);
        Assert.StartsWith("lines[0].hsCode ", response.Detail, StringComparison.Ordinal);
        Assert.Contains(problem, response.Detail, StringComparison.Ordinal);
        Assert.Null(order);
    }

    [Fact]
    public async Task PostOrder_NoHsCode_IsAcceptedWithoutOne()
    {
        var body = OrderBody(ApiHarness.NewOrderNumber(), line: l => l.Remove("hsCode"));

        var (response, order) = await PostAsync(body);

        Assert.Equal(201, response.Status);
        Assert.Null(Assert.Single(order!.Lines).HsCode);
    }

    // ---- dangerous goods ------------------------------------------------------------------

    [Fact]
    public async Task PostOrder_LowerCaseUnNumber_IsStoredUpperCaseWithTheBatteryCondition()
    {
        var body = OrderBody(ApiHarness.NewOrderNumber(), line: l =>
        {
            l["dangerousGoods"] = " un3481 ";
            l["batteryCondition"] = "damaged";
        });

        var (response, order) = await PostAsync(body);

        Assert.Equal(201, response.Status);
        var line = Assert.Single(order!.Lines);
        Assert.Equal("UN3481", line.DangerousGoods);
        Assert.Equal(BatteryConditions.Damaged, line.BatteryCondition);
    }

    [Theory]
    [InlineData("UN348")]
    [InlineData("3481")]
    [InlineData("UN34810")]
    [InlineData("UNXXXX")]
    public async Task PostOrder_MalformedUnNumber_Returns400(string unNumber)
    {
        var body = OrderBody(ApiHarness.NewOrderNumber(), line: l => l["dangerousGoods"] = unNumber);

        var (response, order) = await PostAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Equal("lines[0].dangerousGoods must be a UN number such as UN3481.", response.Detail);
        Assert.Null(order);
    }

    [Fact]
    public async Task PostOrder_UnknownBatteryCondition_Returns400ListingTheConditions()
    {
        var body = OrderBody(ApiHarness.NewOrderNumber(), line: l =>
        {
            l["dangerousGoods"] = "UN3481";
            l["batteryCondition"] = "broken";
        });

        var (response, order) = await PostAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Equal("lines[0].batteryCondition must be one of: intact, damaged.", response.Detail);
        Assert.Null(order);
    }

    // ---- addresses and import charges -----------------------------------------------------

    [Fact]
    public async Task PostOrder_ShipToRegion_IsStoredUpperCase()
    {
        var body = OrderBody(ApiHarness.NewOrderNumber(), to: "US", order: o => o["shipTo"]!["region"] = " ca ");

        var (response, order) = await PostAsync(body);

        Assert.Equal(201, response.Status);
        Assert.Equal("US", order!.ShipTo.Country);
        Assert.Equal("CA", order.ShipTo.Region);
        Assert.Null(order.ShipFrom.Region);
    }

    [Fact]
    public async Task PostOrder_MalformedRegion_Returns400NamingTheAddress()
    {
        var body = OrderBody(ApiHarness.NewOrderNumber(), to: "US", order: o => o["shipTo"]!["region"] = "California");

        var (response, order) = await PostAsync(body);

        Assert.Equal(400, response.Status);
        Assert.StartsWith("shipTo.region", response.Detail, StringComparison.Ordinal);
        Assert.Null(order);
    }

    [Fact]
    public async Task PostOrder_ImportCharges_AreStored()
    {
        var body = OrderBody(ApiHarness.NewOrderNumber(), to: "JP", order: o => o["importCharges"] = new JsonObject { ["duty"] = 1300, ["tax"] = 650 });

        var (response, order) = await PostAsync(body);

        Assert.Equal(201, response.Status);
        Assert.Equal(1300, order!.ImportDuty);
        Assert.Equal(650, order.ImportTax);
        Assert.Equal("DDP", order.Incoterm);
    }

    [Theory]
    [InlineData(-1, 650)]
    [InlineData(1300, -1)]
    public async Task PostOrder_NegativeImportCharge_Returns400(long duty, long tax)
    {
        var body = OrderBody(ApiHarness.NewOrderNumber(), to: "JP", order: o => o["importCharges"] = new JsonObject { ["duty"] = duty, ["tax"] = tax });

        var (response, order) = await PostAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Equal("importCharges.duty and importCharges.tax cannot be negative.", response.Detail);
        Assert.Null(order);
    }
}
