using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Tests.Api;

namespace Returns.Tests.Integrations;

/// <summary>POST /api/webhooks/woocommerce/orders on the real handlers and the test Azurite.</summary>
public sealed class WooCommerceOrderWebhookTests : IDisposable
{
    private const string Secret = "test-woocommerce-secret";
    private readonly ApiHarness _api = new();

    public WooCommerceOrderWebhookTests()
    {
        var settings = _api.Get<IOptions<ReturnsSettings>>().Value;
        settings.WooCommerceWebhookSecret = Secret;
        settings.ShopOriginCountry = "TW";
    }

    public void Dispose() => _api.Dispose();

    private IOrderStore Orders => _api.Get<IOrderStore>();

    private Task<ApiResponse> PostAsync(string body, string topic = "order.created", string? signature = null, bool signed = true,
        string contentType = "application/json")
    {
        var headers = new Dictionary<string, string> { [WooCommerceHandlers.TopicHeader] = topic, ["X-WC-Webhook-Delivery-ID"] = Guid.NewGuid().ToString("N") };
        if (signed)
            headers[WooCommerceHandlers.SignatureHeader] = signature ?? ShopPayloads.Sign(Secret, body);
        var context = _api.Context("POST", body, contentType, headers: headers);
        return ApiHarness.RunAsync(context, _api.Get<WooCommerceHandlers>().OrdersAsync(context.Request, CancellationToken.None));
    }

    [Fact]
    public async Task Ping_OnWebhookCreation_Returns200AndStoresNothing()
    {
        var response = await PostAsync("webhook_id=12", signed: false, contentType: "application/x-www-form-urlencoded");

        Assert.Equal(200, response.Status);
        Assert.True(response.Json.GetProperty("ping").GetBoolean());
    }

    [Fact]
    public async Task OrderCreated_SignedExample_StoresOrder()
    {
        var number = ShopPayloads.NewNumber();

        var response = await PostAsync(ShopPayloads.WooCommerce(number));

        Assert.Equal(200, response.Status);
        var order = await Orders.GetAsync("#" + number);
        Assert.NotNull(order);
        Assert.Equal(number, order.OrderNumber);
        Assert.Equal("john.doe@example.com", order.Email);
        Assert.Equal("John Doe", order.CustomerName);
        Assert.Equal("en", order.Locale);
        Assert.Equal("USD", order.Currency);
        Assert.Equal(new DateTimeOffset(2017, 3, 22, 19, 28, 2, TimeSpan.Zero), order.PlacedAt);
        Assert.Equal(new DateTimeOffset(2017, 3, 22, 19, 30, 35, TimeSpan.Zero), order.SourceUpdatedAt);
        Assert.Null(order.DeliveredAt);
        Assert.Equal(new PostalAddress("US", "John Doe", "San Francisco", "94103", "969 Market", null, "CA"), order.ShipTo);
        Assert.Equal("TW", order.ShipFrom.Country);
        Assert.Equal(1000, order.ShippingCharge);
        Assert.Equal(2, order.Lines.Count);
        // No SKU: the product id stands in. Paid per unit: (6.00 + 0.45 tax) / 2, rounded half away from zero.
        Assert.Equal(new[] { "93", "Bar3" }, order.Lines.Select(l => l.Sku));
        Assert.Equal("Woo Single #1", order.Lines[0].Name);
        Assert.Equal(2, order.Lines[0].Quantity);
        Assert.Equal(323, order.Lines[0].UnitPrice);
        Assert.Equal("Ship Your Idea – Color: Black, Size: M Test", order.Lines[1].Name);
        Assert.Equal(1290, order.Lines[1].UnitPrice);
        Assert.All(order.Lines, l => Assert.Null(l.HsCode));
    }

    [Fact]
    public async Task Order_TamperedBody_Returns401AndStoresNothing()
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.WooCommerce(number);

        var response = await PostAsync(body.Replace("969 Market", "1 Elsewhere"), signature: ShopPayloads.Sign(Secret, body));

        Assert.Equal(401, response.Status);
        Assert.Contains(WooCommerceHandlers.SignatureHeader, response.Detail);
        Assert.Null(await Orders.GetAsync(number));
    }

    [Fact]
    public async Task Order_MissingSignature_Returns401AndStoresNothing()
    {
        var number = ShopPayloads.NewNumber();

        var response = await PostAsync(ShopPayloads.WooCommerce(number), signed: false);

        Assert.Equal(401, response.Status);
        Assert.Null(await Orders.GetAsync(number));
    }

    [Fact]
    public async Task OrderUpdated_OlderAfterNewer_KeepsTheNewer()
    {
        var number = ShopPayloads.NewNumber();
        var newer = ShopPayloads.WooCommerce(number, o =>
        {
            o["date_modified_gmt"] = "2017-03-25T08:00:00";
            o["billing"]!["email"] = "newer@example.com";
        });

        Assert.Equal(200, (await PostAsync(newer, "order.updated")).Status);
        var late = await PostAsync(ShopPayloads.WooCommerce(number), "order.updated");
        var again = await PostAsync(newer, "order.updated");

        Assert.Equal(202, late.Status);
        Assert.Equal("older", late.Json.GetProperty("ignored").GetString());
        Assert.Equal(200, again.Status);
        Assert.Equal("newer@example.com", (await Orders.GetAsync(number))!.Email);
    }

    [Fact]
    public async Task OrderDeleted_Returns202IgnoredAndStoresNothing()
    {
        var number = ShopPayloads.NewNumber();

        var response = await PostAsync(ShopPayloads.WooCommerce(number), "order.deleted");

        Assert.Equal(202, response.Status);
        Assert.Equal("topic", response.Json.GetProperty("ignored").GetString());
        Assert.Null(await Orders.GetAsync(number));
    }

    [Fact]
    public async Task Order_JapaneseYen_HasNoMinorDecimals()
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.WooCommerce(number, o =>
        {
            o["currency"] = "JPY";
            o["shipping_total"] = "900";
            var lines = o["line_items"]!.AsArray();
            lines[0]!["total"] = "3600";
            lines[0]!["total_tax"] = "0";
            lines[1]!["total"] = "4200";
            lines[1]!["total_tax"] = "0";
        });

        await PostAsync(body);

        var order = await Orders.GetAsync(number);
        Assert.Equal("JPY", order!.Currency);
        Assert.Equal(new long[] { 1800, 4200 }, order.Lines.Select(l => l.UnitPrice));
        Assert.Equal(900, order.ShippingCharge);
    }

    [Fact]
    public async Task Order_EuroWithVat_UnitPriceIncludesTax()
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.WooCommerce(number, o =>
        {
            o["currency"] = "EUR";
            o["shipping"]!["country"] = "DE";
            o["shipping"]!["state"] = "";
            var line = o["line_items"]!.AsArray()[1]!;
            line["total"] = "20.97";
            line["total_tax"] = "3.98";
            line["meta_data"] = JsonNode.Parse("""[ { "id": 1, "key": "_hs_code", "value": "6109.10" } ]""");
        });

        await PostAsync(body);

        var order = await Orders.GetAsync(number);
        Assert.Equal("EUR", order!.Currency);
        Assert.Equal("DE", order.ShipTo.Country);
        Assert.Null(order.ShipTo.Region);
        Assert.Equal(2495, order.Lines[1].UnitPrice);
        Assert.Equal("610910", order.Lines[1].HsCode);
    }
}
