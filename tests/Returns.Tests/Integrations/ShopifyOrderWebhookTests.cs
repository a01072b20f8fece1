using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Tests.Api;

namespace Returns.Tests.Integrations;

/// <summary>POST /api/webhooks/shopify/orders on the real handlers and the test Azurite.</summary>
public sealed class ShopifyOrderWebhookTests : IDisposable
{
    private const string Secret = "test-shopify-secret";
    private readonly ApiHarness _api = new();

    public ShopifyOrderWebhookTests()
    {
        var settings = _api.Get<IOptions<ReturnsSettings>>().Value;
        settings.ShopifyWebhookSecret = Secret;
        settings.ShopOriginCountry = "TW";
        settings.ShopOriginCity = "Taipei";
        settings.ShopOriginPostalCode = "100";
        settings.ShopOriginAddress = "No. 1, Sec. 1, Zhongshan S. Rd.";
    }

    public void Dispose() => _api.Dispose();

    private IOrderStore Orders => _api.Get<IOrderStore>();

    private Task<ApiResponse> PostAsync(string body, string topic = "orders/create", string? signature = null, bool signed = true)
    {
        var headers = new Dictionary<string, string> { [ShopifyHandlers.TopicHeader] = topic, ["X-Shopify-Webhook-Id"] = Guid.NewGuid().ToString() };
        if (signed)
            headers[ShopifyHandlers.SignatureHeader] = signature ?? ShopPayloads.Sign(Secret, body);
        var context = _api.Context("POST", body, headers: headers);
        return ApiHarness.RunAsync(context, _api.Get<ShopifyHandlers>().OrdersAsync(context.Request, CancellationToken.None));
    }

    [Fact]
    public async Task OrdersCreate_SignedSample_StoresOrderFindableByNameAndDigits()
    {
        var number = ShopPayloads.NewNumber();

        var response = await PostAsync(ShopPayloads.Shopify(number));

        Assert.Equal(200, response.Status);
        Assert.True(response.Json.GetProperty("created").GetBoolean());
        var order = await Orders.GetAsync("#" + number);
        Assert.NotNull(order);
        Assert.Equal("#" + number, order.OrderNumber);
        Assert.Equal(order, await Orders.GetAsync(number), OrderComparer.Instance);
        Assert.Equal("jon@doe.ca", order.Email);
        Assert.Equal("Steve Shipper", order.CustomerName);
        Assert.Equal("en", order.Locale);
        Assert.Equal("USD", order.Currency);
        Assert.Equal(DateTimeOffset.Parse("2019-06-04T17:53:06Z"), order.PlacedAt);
        Assert.Equal(DateTimeOffset.Parse("2019-06-04T17:53:06Z"), order.SourceUpdatedAt);
        Assert.Null(order.DeliveredAt);
        Assert.Equal(new PostalAddress("US", "Steve Shipper", "Shippington", "40003", "123 Shipping Street", null, "KY"), order.ShipTo);
        Assert.Equal(new PostalAddress("TW", "Returns", "Taipei", "100", "No. 1, Sec. 1, Zhongshan S. Rd."), order.ShipFrom);
        Assert.Equal(1000, order.ShippingCharge);
        // Shopify's two lines of one SKU become one: 2 units for 199.00 + 199.00 - 5.00 discount.
        var line = Assert.Single(order.Lines);
        Assert.Equal("IPOD2008PINK", line.Sku);
        Assert.Equal("IPod Nano - 8GB", line.Name);
        Assert.Equal(2, line.Quantity);
        Assert.Equal(19650, line.UnitPrice);
        Assert.Equal(567, line.WeightGrams);
        // Order webhooks carry no tariff code: stored as missing, for compliance to flag.
        Assert.Null(line.HsCode);
        Assert.Null(line.OriginCountry);
    }

    [Fact]
    public async Task Orders_TamperedBody_Returns401AndStoresNothing()
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.Shopify(number);
        var signature = ShopPayloads.Sign(Secret, body);

        var response = await PostAsync(body.Replace("jon@doe.ca", "evil@example.com"), signature: signature);

        Assert.Equal(401, response.Status);
        Assert.Contains(ShopifyHandlers.SignatureHeader, response.Detail);
        Assert.Null(await Orders.GetAsync(number));
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData(null)]
    public async Task Orders_WrongOrMissingSignature_Returns401AndStoresNothing(string? secret)
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.Shopify(number);

        var response = await PostAsync(body, signature: secret is null ? null : ShopPayloads.Sign(secret, body), signed: secret is not null);

        Assert.Equal(401, response.Status);
        Assert.Null(await Orders.GetAsync(number));
    }

    [Fact]
    public async Task Orders_MalformedJsonSigned_Returns400AndStoresNothing()
    {
        var response = await PostAsync("{ \"name\": \"#1\", \"line_items\": [ ");

        Assert.Equal(400, response.Status);
        Assert.Contains("JSON", response.Detail);
    }

    [Fact]
    public async Task Orders_SameDeliveryTwice_StoresOneUnchangedOrder()
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.Shopify(number);

        var first = await PostAsync(body);
        var stored = await Orders.GetAsync(number);
        var second = await PostAsync(body);

        Assert.Equal(200, first.Status);
        Assert.Equal(200, second.Status);
        Assert.False(second.Json.GetProperty("created").GetBoolean());
        Assert.Equal(stored, await Orders.GetAsync(number), OrderComparer.Instance);
    }

    [Fact]
    public async Task OrdersUpdated_OlderAfterNewer_KeepsTheNewer()
    {
        var number = ShopPayloads.NewNumber();
        var newer = ShopPayloads.Shopify(number, o =>
        {
            o["updated_at"] = "2019-06-05T10:00:00-04:00";
            o["email"] = "newer@doe.ca";
        });
        var older = ShopPayloads.Shopify(number, o => o["updated_at"] = "2019-06-04T13:53:06-04:00");

        Assert.Equal(200, (await PostAsync(newer, "orders/updated")).Status);
        var late = await PostAsync(older, "orders/updated");

        Assert.Equal(202, late.Status);
        Assert.Equal("older", late.Json.GetProperty("ignored").GetString());
        var stored = await Orders.GetAsync(number);
        Assert.Equal("newer@doe.ca", stored!.Email);
        Assert.Equal(DateTimeOffset.Parse("2019-06-05T14:00:00Z"), stored.SourceUpdatedAt);
    }

    [Fact]
    public async Task Orders_UnknownTopic_Returns202IgnoredAndStoresNothing()
    {
        var number = ShopPayloads.NewNumber();

        var response = await PostAsync(ShopPayloads.Shopify(number), "orders/paid");

        Assert.Equal(202, response.Status);
        Assert.Equal("topic", response.Json.GetProperty("ignored").GetString());
        Assert.Equal("orders/paid", response.Json.GetProperty("topic").GetString());
        Assert.Null(await Orders.GetAsync(number));
    }

    [Fact]
    public async Task Orders_NoTopicHeader_Returns400()
    {
        var response = await PostAsync(ShopPayloads.Shopify(ShopPayloads.NewNumber()), topic: "");

        Assert.Equal(400, response.Status);
        Assert.Contains(ShopifyHandlers.TopicHeader, response.Detail);
    }

    [Fact]
    public async Task OrdersFulfilled_DeliveredFulfillment_SetsDeliveryAndTrackingNumber()
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.Shopify(number, o =>
        {
            o["updated_at"] = "2019-06-09T08:00:00-04:00";
            o["fulfillments"] = JsonNode.Parse("""
                [ { "id": 255858046, "order_id": 820982911946154508, "status": "success", "created_at": "2019-06-05T09:00:00-04:00",
                    "service": "manual", "updated_at": "2019-06-08T15:20:00-04:00", "tracking_company": "UPS",
                    "shipment_status": "delivered", "tracking_number": "1Z2345", "tracking_numbers": ["1Z2345"],
                    "tracking_url": "https://www.ups.com/track?tracknum=1Z2345" } ]
                """);
        });

        var response = await PostAsync(body, "orders/fulfilled");

        Assert.Equal(200, response.Status);
        var order = await Orders.GetAsync(number);
        Assert.Equal(DateTimeOffset.Parse("2019-06-08T19:20:00Z"), order!.DeliveredAt);
        Assert.Equal("1Z2345", order.OutboundTrackingNumber);
    }

    [Fact]
    public async Task Orders_JapaneseYen_HasNoMinorDecimals()
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.Shopify(number, o => Currency(o, "JPY", "JPY", price: "1800", discount: "0", shipping: "900"));

        await PostAsync(body);

        var order = await Orders.GetAsync(number);
        Assert.Equal("JPY", order!.Currency);
        Assert.Equal(1800, order.Lines[0].UnitPrice);
        Assert.Equal(900, order.ShippingCharge);
    }

    [Fact]
    public async Task Orders_EuroPresentmentInTaiwaneseShop_TakesWhatTheCustomerPaid()
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.Shopify(number, o => Currency(o, "TWD", "EUR", price: "24.95", discount: "0.10", shipping: "4.95"));

        await PostAsync(body);

        var order = await Orders.GetAsync(number);
        Assert.Equal("EUR", order!.Currency);
        Assert.Equal(2490, order.Lines[0].UnitPrice); // (24.95 + 24.95 - 0.10) / 2
        Assert.Equal(495, order.ShippingCharge);
    }

    [Fact]
    public async Task Orders_HsCodeInLineProperties_IsKept()
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.Shopify(number, o =>
        {
            foreach (var line in o["line_items"]!.AsArray())
                line!["properties"] = JsonNode.Parse("""[ { "name": "HS code", "value": "8521.90" }, { "name": "Country of origin", "value": "cn" } ]""");
        });

        await PostAsync(body);

        var line = Assert.Single((await Orders.GetAsync(number))!.Lines);
        Assert.Equal("852190", line.HsCode);
        Assert.Equal("CN", line.OriginCountry);
    }

    [Fact]
    public async Task OrdersUpdated_AfterMerchantAddedHsCode_KeepsIt()
    {
        var number = ShopPayloads.NewNumber();
        await PostAsync(ShopPayloads.Shopify(number));
        var stored = (await Orders.GetAsync(number))!;
        await Orders.UpsertAsync(stored with { Incoterm = "DAP", Lines = [stored.Lines[0] with { HsCode = "852190", OriginCountry = "CN" }] });

        await PostAsync(ShopPayloads.Shopify(number, o => o["updated_at"] = "2019-06-06T10:00:00-04:00"), "orders/updated");

        var order = (await Orders.GetAsync(number))!;
        Assert.Equal("852190", order.Lines[0].HsCode);
        Assert.Equal("CN", order.Lines[0].OriginCountry);
        Assert.Equal("DAP", order.Incoterm);
    }

    [Fact]
    public async Task Orders_WithoutAnyAddress_Returns202InvalidAndStoresNothing()
    {
        var number = ShopPayloads.NewNumber();
        var body = ShopPayloads.Shopify(number, o =>
        {
            o.Remove("shipping_address");
            o.Remove("billing_address");
        });

        var response = await PostAsync(body);

        Assert.Equal(202, response.Status);
        Assert.Equal("invalid", response.Json.GetProperty("ignored").GetString());
        Assert.Contains("shipTo", response.Json.GetProperty("detail").GetString());
        Assert.Null(await Orders.GetAsync(number));
    }

    [Fact]
    public async Task Orders_ShopOriginNotConfigured_Returns503AndStoresNothing()
    {
        _api.Get<IOptions<ReturnsSettings>>().Value.ShopOriginCountry = null;
        var number = ShopPayloads.NewNumber();

        var response = await PostAsync(ShopPayloads.Shopify(number));

        Assert.Equal(503, response.Status);
        Assert.Contains("RETURNS_SHOP_ORIGIN_COUNTRY", response.Detail);
        Assert.Null(await Orders.GetAsync(number));
    }

    /// <summary>Prices the sample in <paramref name="presentment"/> for a shop keeping its books in <paramref name="shop"/>.</summary>
    private static void Currency(JsonObject o, string shop, string presentment, string price, string discount, string shipping)
    {
        o["currency"] = shop;
        o["presentment_currency"] = presentment;
        string ShopAmount(string amount) => shop == presentment ? amount : "1.00";
        JsonNode Set(string amount) => JsonNode.Parse($$"""
            { "shop_money": { "amount": "{{ShopAmount(amount)}}", "currency_code": "{{shop}}" }, "presentment_money": { "amount": "{{amount}}", "currency_code": "{{presentment}}" } }
            """)!;
        foreach (var line in o["line_items"]!.AsArray())
        {
            line!["price"] = ShopAmount(price);
            line["price_set"] = Set(price);
            foreach (var allocation in line["discount_allocations"]!.AsArray())
            {
                allocation!["amount"] = ShopAmount(discount);
                allocation["amount_set"] = Set(discount);
            }
        }

        foreach (var shippingLine in o["shipping_lines"]!.AsArray())
        {
            shippingLine!["price"] = ShopAmount(shipping);
            shippingLine["discounted_price"] = ShopAmount(shipping);
            shippingLine["price_set"] = Set(shipping);
            shippingLine["discounted_price_set"] = Set(shipping);
        }
    }
}
