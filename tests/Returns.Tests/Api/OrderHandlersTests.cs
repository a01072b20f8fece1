using Returns.Api.Handlers;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Api;

public sealed class OrderHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();

    private OrderHandlers Handlers => _api.Get<OrderHandlers>();

    public void Dispose() => _api.Dispose();

    private static object OrderBody(string orderNumber, string email = "anna@example.de") => new
    {
        orderNumber,
        email,
        customerName = "Anna Schmidt",
        locale = "de-DE",
        currency = "eur",
        placedAt = "2025-03-01T09:30:00Z",
        deliveredAt = "2025-03-05T12:00:00Z",
        incoterm = "DDP",
        shipFrom = new { country = "TW", city = "Taipei", postalCode = "100", line1 = "1 Zhongshan Rd" },
        shipTo = new { name = "Anna Schmidt", country = "de", city = "Berlin", postalCode = "10115", line1 = "Invalidenstr. 1" },
        lines = new object[]
        {
            new { sku = "TEE-BLK-M", name = "Tee black M", quantity = 2, unitPrice = 2500, hsCode = "610910", originCountry = "tw", category = "apparel", weightGrams = 200, tags = Array.Empty<string>() },
            new { sku = "CAP-RED", quantity = 1, unitPrice = 1500, tags = new[] { "final_sale" } },
        },
    };

    private Task<ApiResponse> PutAsync(Microsoft.AspNetCore.Http.HttpContext context) =>
        ApiHarness.RunAsync(context, Handlers.PutOrderAsync(context.Request, CancellationToken.None));

    [Fact]
    public async Task PutOrder_WithoutApiKey_Returns401AndStoresNothing()
    {
        var number = ApiHarness.NewOrderNumber();

        var response = await PutAsync(_api.Json("POST", OrderBody(number)));

        Assert.Equal(401, response.Status);
        Assert.Contains("x-api-key", response.Detail);
        Assert.Null(await _api.Get<IOrderStore>().GetAsync(number));
    }

    [Fact]
    public async Task PutOrder_WrongApiKey_Returns401()
    {
        var context = _api.Json("POST", OrderBody(ApiHarness.NewOrderNumber()));
        context.Request.Headers["x-api-key"] = ApiHarness.AdminKey + "x";

        var response = await PutAsync(context);

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task PutOrder_NewThenRepeated_Returns201Then200()
    {
        var number = ApiHarness.NewOrderNumber();

        var first = await PutAsync(_api.Json("POST", OrderBody(number), adminKey: true));
        var second = await PutAsync(_api.Json("POST", OrderBody(number, "changed@example.de"), adminKey: true));

        Assert.Equal(201, first.Status);
        Assert.StartsWith("application/json", first.ContentType);
        Assert.True(first.Json.GetProperty("created").GetBoolean());
        Assert.Equal(number, first.Json.GetProperty("orderNumber").GetString());
        Assert.Equal(2, first.Json.GetProperty("lines").GetInt32());
        Assert.Equal(200, second.Status);
        Assert.False(second.Json.GetProperty("created").GetBoolean());
        var stored = await _api.Get<IOrderStore>().GetAsync(number);
        Assert.Equal("changed@example.de", stored!.Email);
        Assert.Equal("EUR", stored.Currency);
        Assert.Equal("DE", stored.ShipTo.Country);
        Assert.Equal("TW", stored.Lines[0].OriginCountry);
        Assert.Equal(["final_sale"], stored.Lines[1].Tags);
    }

    [Theory]
    [InlineData("{ \"orderNumber\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{ \"orderNumber\": \"TW-1\", \"lines\": [ { \"quantity\": \"two\" } ] }")]
    public async Task PutOrder_MalformedJson_Returns400ProblemWithReadableDetail(string body)
    {
        var response = await PutAsync(_api.Context("POST", body, adminKey: true));

        Assert.Equal(400, response.Status);
        Assert.Contains("JSON", response.Detail);
        Assert.DoesNotContain("   at ", response.Body);
    }

    [Fact]
    public async Task PutOrder_EmptyBody_Returns400()
    {
        var response = await PutAsync(_api.Context("POST", "", adminKey: true));

        Assert.Equal(400, response.Status);
        Assert.Contains("empty", response.Detail);
    }

    [Fact]
    public async Task PutOrder_NonJsonContentType_Returns415()
    {
        var response = await PutAsync(_api.Context("POST", "orderNumber=1", "application/x-www-form-urlencoded", adminKey: true));

        Assert.Equal(415, response.Status);
        Assert.Contains("application/json", response.Detail);
    }

    [Theory]
    [InlineData("orderNumber", "orderNumber is required")]
    [InlineData("email", "email must be an email address")]
    [InlineData("currency", "currency must be an ISO 4217 code")]
    [InlineData("placedAt", "placedAt is required")]
    [InlineData("shipTo", "shipTo is required")]
    [InlineData("lines", "lines must list at least one order line")]
    public async Task PutOrder_MissingField_Returns400NamingTheField(string field, string expected)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(OrderBody(ApiHarness.NewOrderNumber()), Returns.Api.Http.ApiJson.Options)!.AsObject();
        body.Remove(field);

        var response = await PutAsync(_api.Context("POST", body.ToJsonString(), adminKey: true));

        Assert.Equal(400, response.Status);
        Assert.Contains(expected, response.Detail);
    }

    [Fact]
    public async Task PutOrder_LineWithoutQuantity_Returns400NamingTheLine()
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(OrderBody(ApiHarness.NewOrderNumber()), Returns.Api.Http.ApiJson.Options)!.AsObject();
        body["lines"]![1]!.AsObject().Remove("quantity");

        var response = await PutAsync(_api.Context("POST", body.ToJsonString(), adminKey: true));

        Assert.Equal(400, response.Status);
        Assert.Equal("lines[1].quantity must be between 1 and 10000.", response.Detail);
    }
}
