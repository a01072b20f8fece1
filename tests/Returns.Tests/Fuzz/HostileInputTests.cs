using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Returns.Api.Handlers;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Tests.Integrations;
using Returns.Tests.Photos;

namespace Returns.Tests.Fuzz;

/// <summary>
/// What the fuzzer found, each kept as a regression test on the local host's HTTP stack: the answer is a 4xx
/// problem (never a 5xx), and a refused request wrote nothing.
/// </summary>
public sealed class HostileInputTests(FuzzHostFixture fixture) : IClassFixture<FuzzHostFixture>
{
    private FuzzHost Host => fixture.Host;

    private FuzzWorld World => fixture.World;

    private sealed record Answer(int Status, string? ContentType, string Body, IReadOnlyList<StorageWrite> Writes)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
    }

    private async Task<Answer> SendAsync(string method, string path, byte[]? body = null, string? contentType = "application/json",
        IDictionary<string, string>? headers = null, bool chunked = false)
    {
        var request = new FuzzRequest(new ApiRoutes.Route("test", method, path.TrimStart('/'))) { Body = body, ContentType = body is null ? null : contentType, Chunked = chunked };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers[name] = value;
        var caseId = "regression-" + Guid.NewGuid().ToString("N");
        using var message = request.ToMessage(caseId);
        using var response = await Host.Client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, Host.Writes.WritesOf(caseId));
    }

    private static Dictionary<string, string> Admin() => new() { [AdminKey.Header] = FuzzHost.AdminKey };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Valid JSON padded with spaces to exactly <paramref name="size"/> bytes.</summary>
    private static byte[] Padded(string json, int size)
    {
        var body = new byte[size];
        Array.Fill(body, (byte)' ');
        Encoding.UTF8.GetBytes(json).CopyTo(body, 0);
        return body;
    }

    private string CarrierEvent() => JsonSerializer.Serialize(new
    {
        eventId = "evt-" + Guid.NewGuid().ToString("N"),
        trackingNumber = World.TrackingNumber,
        code = "in_transit",
        occurredAt = DateTimeOffset.UtcNow.AddMinutes(-5),
        location = "Frankfurt Hub",
    });

    private static Dictionary<string, string> CarrierSignature(byte[] body) =>
        new() { [CarrierHandlers.GenericSignatureHeader] = "sha256=" + FuzzSamples.HexHmac(FuzzHost.CarrierSecret, body) };

    private static void AssertRefused(Answer answer, int status)
    {
        Assert.Equal(status, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Empty(answer.Writes);
    }

    [Fact]
    public async Task ChunkedBody_OverTheLimit_Answers413NotAServerError()
    {
        var lookup = await SendAsync("POST", "/api/portal/lookup", Padded("{}", RequestBody.MaxBytes + 1), chunked: true);
        var body = Padded(CarrierEvent(), RequestBody.MaxBytes + 1);
        var carrier = await SendAsync("POST", "/api/carriers/generic/events", body, headers: CarrierSignature(body), chunked: true);

        AssertRefused(lookup, 413);
        AssertRefused(carrier, 413);
    }

    [Fact]
    public async Task ContentLength_OverTheLimit_Answers413OnEveryRouteBeforeTheHandler()
    {
        var health = await SendAsync("GET", "/api/health", Padded("{}", RequestBody.MaxBytes + 1));
        var lookup = await SendAsync("POST", "/api/portal/lookup", Padded("{}", RequestBody.MaxBytes + 1), headers: new Dictionary<string, string> { ["Accept-Language"] = "de" });

        AssertRefused(health, 413);
        AssertRefused(lookup, 413);
        Assert.Equal("bodyTooLarge", lookup.Json.GetProperty("code").GetString());
        Assert.Equal("de", lookup.Json.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Body_ExactlyAtTheLimit_IsReadAndAccepted()
    {
        var chunkedBody = Padded(CarrierEvent(), RequestBody.MaxBytes);
        var lengthBody = Padded(CarrierEvent(), RequestBody.MaxBytes);

        // Chunked too: the server counts the chunks' framing against its limit, the handler only the body.
        var chunked = await SendAsync("POST", "/api/carriers/generic/events", chunkedBody, headers: CarrierSignature(chunkedBody), chunked: true);
        var withLength = await SendAsync("POST", "/api/carriers/generic/events", lengthBody, headers: CarrierSignature(lengthBody));

        Assert.Equal(202, chunked.Status);
        Assert.Equal(202, withLength.Status);
    }

    [Fact]
    public async Task PhotoUpload_OverOneMegabyte_IsStored()
    {
        var photo = PngWithImageData(2 * 1024 * 1024);

        var answer = await SendAsync("POST", "/api/portal/photos", PhotoForm(photo, out var type), type);

        Assert.Equal(201, answer.Status);
    }

    [Fact]
    public async Task PhotoUpload_ChunkedOverThePhotoLimit_Answers413()
    {
        var photo = PngWithImageData(RequestLimits.PhotoFormMaxBytes);

        var answer = await SendAsync("POST", "/api/portal/photos", PhotoForm(photo, out var type), type, chunked: true);

        AssertRefused(answer, 413);
        Assert.Equal("photoTooLarge", answer.Json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AdminPhotoUpload_OverThePhotoLimit_Answers413()
    {
        var photo = PngWithImageData(RequestLimits.PhotoFormMaxBytes);

        var answer = await SendAsync("POST", "/api/admin/photos", PhotoForm(photo, out var type, ("returnId", World.InTransit.ReturnId)), type, Admin());

        AssertRefused(answer, 413);
    }

    [Theory]
    [InlineData("filename*")]
    [InlineData("filename*=")]
    [InlineData("filename*=utf-8''%")]
    public async Task PhotoUpload_MalformedFileNameInThePart_Answers400(string fileName)
    {
        var form = $"--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n{FuzzWorld.Email}\r\n" +
            $"--b\r\nContent-Disposition: form-data; name=\"photo\"; {fileName}\r\nContent-Type: image/png\r\n\r\nPNG\r\n--b--\r\n";

        var answer = await SendAsync("POST", "/api/portal/photos", Utf8(form), "multipart/form-data; boundary=b");

        AssertRefused(answer, 400);
    }

    [Fact]
    public async Task PutOrder_TextTooLongToStore_Answers400AndStoresNothing()
    {
        var order = JsonSerializer.SerializeToNode(FuzzSamples.Order(World, "FZ-TOO-LONG-1"), ApiJson.Options)!.AsObject();
        order["customerName"] = new string('a', 100_000);
        var longNames = JsonSerializer.SerializeToNode(FuzzSamples.Order(World, "FZ-TOO-LONG-2"), ApiJson.Options)!.AsObject();
        var lines = longNames["lines"]!.AsArray();
        for (var i = 0; i < 150; i++)
            lines.Add(new JsonObject { ["sku"] = $"SKU-{i}", ["name"] = new string('n', 400), ["quantity"] = 1, ["unitPrice"] = 100 });

        var name = await SendAsync("POST", "/api/orders", Utf8(order.ToJsonString()), headers: Admin());
        var size = await SendAsync("POST", "/api/orders", Utf8(longNames.ToJsonString()), headers: Admin());

        AssertRefused(name, 400);
        Assert.Contains("customerName", name.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertRefused(size, 400);
        Assert.Contains("too large", size.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=json")]
    [InlineData("application/jsonx")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("text/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task JsonRoute_ContentTypeThatIsNotJson_Answers415(string contentType)
    {
        var body = Utf8(JsonSerializer.Serialize(new { email = FuzzWorld.Email, orderNumber = World.Order.OrderNumber }));

        var answer = await SendAsync("POST", "/api/portal/lookup", body, contentType);

        AssertRefused(answer, 415);
        Assert.Equal("unsupportedMediaType", answer.Json.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=\"UTF-8\"")]
    [InlineData("text/json")]
    [InlineData(null)]
    public async Task JsonRoute_JsonContentType_IsRead(string? contentType)
    {
        var body = Utf8(JsonSerializer.Serialize(new { email = FuzzWorld.Email, orderNumber = World.Order.OrderNumber }));

        var answer = await SendAsync("POST", "/api/portal/lookup", body, contentType);

        Assert.Equal(200, answer.Status);
    }

    [Fact]
    public async Task JsonBody_InvalidUtf8OrNestedTooDeep_Answers400()
    {
        byte[] invalid = [.. "{\"email\":\""u8, 0xC0, 0x80, .. "\",\"orderNumber\":\"1\"}"u8];
        var deep = Utf8("{\"email\":" + new string('[', 65) + new string(']', 65) + "}");

        AssertRefused(await SendAsync("POST", "/api/portal/lookup", invalid), 400);
        AssertRefused(await SendAsync("POST", "/api/portal/lookup", deep), 400);
    }

    [Fact]
    public async Task ShopifyWebhook_NullTaxLineOrDiscount_IsReadNotAServerError()
    {
        var body = Utf8(ShopPayloads.Shopify(ShopPayloads.NewNumber(), o =>
        {
            o["line_items"]![0]!["tax_lines"] = new JsonArray((JsonNode?)null);
            o["line_items"]![0]!["discount_allocations"] = new JsonArray((JsonNode?)null);
        }));

        var answer = await SendAsync("POST", "/api/webhooks/shopify/orders", body, headers: ShopifyHeaders(body));

        Assert.Equal(200, answer.Status);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("100000000000000000000")]
    public async Task ShopifyWebhook_AmountTooLargeToCompute_IsLeftAloneAsInvalid(string price)
    {
        var body = Utf8(ShopPayloads.Shopify(ShopPayloads.NewNumber(), o =>
        {
            o["line_items"]![0]!["price"] = price;
            o["line_items"]![0]!["quantity"] = 3;
        }));

        var answer = await SendAsync("POST", "/api/webhooks/shopify/orders", body, headers: ShopifyHeaders(body));

        Assert.Equal(202, answer.Status);
        Assert.Equal("invalid", answer.Json.GetProperty("ignored").GetString());
        Assert.Empty(answer.Writes);
    }

    [Fact]
    public async Task WooCommerceWebhook_AmountTooLargeToCompute_IsLeftAloneAsInvalid()
    {
        var body = Utf8(ShopPayloads.WooCommerce(ShopPayloads.NewNumber(), o => o["shipping_total"] = "100000000000000000000"));
        var headers = new Dictionary<string, string>
        {
            [WooCommerceHandlers.TopicHeader] = "order.created",
            [WooCommerceHandlers.SignatureHeader] = FuzzSamples.Base64Hmac(FuzzHost.WooCommerceSecret, body),
        };

        var answer = await SendAsync("POST", "/api/webhooks/woocommerce/orders", body, headers: headers);

        Assert.Equal(202, answer.Status);
        Assert.Equal("invalid", answer.Json.GetProperty("ignored").GetString());
        Assert.Empty(answer.Writes);
    }

    [Fact]
    public async Task AfterShipWebhook_NullCheckpoint_IsSkipped()
    {
        var payload = JsonNode.Parse(AfterShipPayloads.TrackingUpdate("as-" + Guid.NewGuid().ToString("N"), World.TrackingNumber,
            checkpointTime: DateTimeOffset.UtcNow.AddMinutes(-3).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)))!;
        payload["msg"]!["checkpoints"]!.AsArray().Insert(0, null);
        var body = Utf8(payload.ToJsonString());
        var headers = new Dictionary<string, string> { [CarrierHandlers.AfterShipSignatureHeader] = FuzzSamples.Base64Hmac(FuzzHost.AfterShipSecret, body) };

        var answer = await SendAsync("POST", "/api/carriers/aftership/events", body, headers: headers);

        Assert.Equal(202, answer.Status);
    }

    [Fact]
    public async Task CarrierWebhooks_NoCheckpointWithATime_UseTheTrackingsTimeNotAServerError()
    {
        var afterShip = JsonNode.Parse(AfterShipPayloads.TrackingUpdate("as-" + Guid.NewGuid().ToString("N"), World.TrackingNumber))!;
        afterShip["msg"]!["checkpoints"] = new JsonArray();
        afterShip["msg"]!["updated_at"] = DateTimeOffset.UtcNow.AddMinutes(-2).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var afterShipBody = Utf8(afterShip.ToJsonString());
        var easyPost = JsonNode.Parse(EasyPostPayloads.TrackerUpdated("evt_" + Guid.NewGuid().ToString("N"), World.TrackingNumber))!;
        easyPost["result"]!["tracking_details"] = new JsonArray(new JsonObject { ["message"] = "no time" });
        easyPost["result"]!["updated_at"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var easyPostBody = Utf8(easyPost.ToJsonString());

        var first = await SendAsync("POST", "/api/carriers/aftership/events", afterShipBody,
            headers: new Dictionary<string, string> { [CarrierHandlers.AfterShipSignatureHeader] = FuzzSamples.Base64Hmac(FuzzHost.AfterShipSecret, afterShipBody) });
        var second = await SendAsync("POST", "/api/carriers/easypost/events", easyPostBody,
            headers: new Dictionary<string, string> { [CarrierHandlers.EasyPostSignatureHeader] = "hmac-sha256-hex=" + FuzzSamples.HexHmac(FuzzHost.EasyPostSecret, easyPostBody) });

        Assert.Equal(202, first.Status);
        Assert.Equal(202, second.Status);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("99999999999")]
    [InlineData("-1")]
    public async Task StockUpdate_UnitNotAWholeNumber_Answers400(string unit)
    {
        var body = Utf8("""{ "status": "restocked" }""");

        var answer = await SendAsync("PUT", $"/api/admin/stock/{World.Received.ReturnId}/TEE-BLK-M/{Uri.EscapeDataString(unit)}", body, headers: Admin());

        AssertRefused(answer, 400);
    }

    private static Dictionary<string, string> ShopifyHeaders(byte[] body) => new()
    {
        [ShopifyHandlers.TopicHeader] = "orders/create",
        [ShopifyHandlers.SignatureHeader] = FuzzSamples.Base64Hmac(FuzzHost.ShopifySecret, body),
    };

    /// <summary>A PNG the sanitizer accepts, made large by its image data (which it does not decode).</summary>
    private static byte[] PngWithImageData(int size)
    {
        var data = new byte[size];
        new Random(1).NextBytes(data);
        return [.. PngSamples.Signature, .. PngSamples.Ihdr(), .. PngSamples.Chunk("IDAT", data), .. PngSamples.Iend()];
    }

    private byte[] PhotoForm(byte[] photo, out string contentType, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent("photo-boundary");
        foreach (var (name, value) in fields.Length > 0 ? fields : [("email", FuzzWorld.Email), ("orderNumber", World.Order.OrderNumber)])
            form.Add(new StringContent(value), name);
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "photo", "photo.png");
        contentType = form.Headers.ContentType!.ToString();
        return form.ReadAsByteArrayAsync().GetAwaiter().GetResult();
    }
}
