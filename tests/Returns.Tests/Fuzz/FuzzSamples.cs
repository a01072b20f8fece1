using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Returns.Api.Handlers;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Tests.Integrations;
using Returns.Tests.Photos;

namespace Returns.Tests.Fuzz;

/// <summary>
/// A valid request for every route of <see cref="ApiRoutes.All"/>, on the data of a <see cref="FuzzWorld"/>: the
/// starting point of each fuzz case. Bodies are shaped as the clients send them (the portal's JSON, the platforms'
/// and carriers' documented webhook payloads, signed as they sign).
/// </summary>
public static class FuzzSamples
{
    public static FuzzRequest For(ApiRoutes.Route route, FuzzWorld world, Random random)
    {
        var r = new FuzzRequest(route);
        var unique = random.NextInt64(100_000_000_000L, 999_999_999_999L).ToString(CultureInfo.InvariantCulture);
        switch (route.Name)
        {
            case "Health" or "OpenApi" or "PortalPage" or "MerchantPage" or "AdminPage" or "PageScript" or "PageStyle" or "AnalyticsScript"
                or "DevOutbox" or "DevOutboxPage":
                break;
            case "PageStrings":
                r.PathValues.Add("de");
                break;
            case "PutOrder":
                Admin(r);
                Json(r, Order(world, "FZ-" + unique));
                break;
            case "ShopifyOrderWebhook":
                r.Headers[ShopifyHandlers.TopicHeader] = "orders/create";
                r.Signer = new FuzzSigner(ShopifyHandlers.SignatureHeader, body => Base64Hmac(FuzzHost.ShopifySecret, body));
                JsonText(r, ShopPayloads.Shopify(unique));
                break;
            case "WooCommerceOrderWebhook":
                r.Headers[WooCommerceHandlers.TopicHeader] = "order.created";
                r.Signer = new FuzzSigner(WooCommerceHandlers.SignatureHeader, body => Base64Hmac(FuzzHost.WooCommerceSecret, body));
                JsonText(r, ShopPayloads.WooCommerce(unique));
                break;
            case "PortalLookup":
                Json(r, new { email = FuzzWorld.Email, orderNumber = world.Order.OrderNumber });
                break;
            case "UploadPhoto":
                Form(r, [("email", FuzzWorld.Email), ("orderNumber", world.Order.OrderNumber)], PngSamples.Clean());
                break;
            case "CreateReturn":
                Json(r, new
                {
                    email = FuzzWorld.Email,
                    orderNumber = world.Order.OrderNumber,
                    resolution = "refund",
                    lines = new[] { new { sku = "TEE-BLK-M", quantity = 1 + random.Next(3), reason = "size_too_small", comment = "too tight" } },
                });
                break;
            case "ConfirmReturn":
                r.Query.Add(new("token", world.ConfirmToken));
                break;
            case "GetReturn" or "GetReturnLabel" or "GetReturnQr":
                r.PathValues.Add(world.InTransit.ReturnId);
                r.Query.Add(new("token", world.AccessToken));
                break;
            case "GetReturnDocument":
                r.PathValues.Add(world.InTransit.ReturnId);
                r.PathValues.Add("label");
                r.Query.Add(new("token", world.AccessToken));
                break;
            case "GenericCarrierEvents":
                r.Signer = new FuzzSigner(CarrierHandlers.GenericSignatureHeader, body => "sha256=" + HexHmac(FuzzHost.CarrierSecret, body));
                Json(r, new
                {
                    eventId = "evt-" + unique,
                    trackingNumber = world.TrackingNumber,
                    code = "in_transit",
                    occurredAt = DateTimeOffset.UtcNow.AddMinutes(-random.Next(1, 600)),
                    location = "Frankfurt Hub",
                    description = "Departed facility",
                });
                break;
            case "AfterShipCarrierEvents":
                r.Signer = new FuzzSigner(CarrierHandlers.AfterShipSignatureHeader, body => Base64Hmac(FuzzHost.AfterShipSecret, body));
                JsonText(r, AfterShipPayloads.TrackingUpdate("as-" + unique, world.TrackingNumber,
                    checkpointTime: DateTimeOffset.UtcNow.AddMinutes(-random.Next(1, 600)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)));
                break;
            case "EasyPostCarrierEvents":
                r.Signer = new FuzzSigner(CarrierHandlers.EasyPostSignatureHeader, body => "hmac-sha256-hex=" + HexHmac(FuzzHost.EasyPostSecret, body));
                JsonText(r, EasyPostPayloads.TrackerUpdated("evt_" + unique, world.TrackingNumber,
                    datetime: DateTimeOffset.UtcNow.AddMinutes(-random.Next(1, 600)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
                break;
            case "AdminListReturns":
                Admin(r);
                r.Query.Add(new("stage", "in_transit"));
                break;
            case "AdminGetReturn" or "AdminReturnClaims":
                Admin(r);
                r.PathValues.Add(world.InTransit.ReturnId);
                break;
            case "AdminDecision":
                Admin(r);
                r.PathValues.Add(world.AwaitingApproval.ReturnId);
                Json(r, new { approve = true, note = "checked photos" });
                break;
            case "AdminReceipt":
                Admin(r);
                r.PathValues.Add(world.InTransit.ReturnId);
                Json(r, new { location = "Hub Frankfurt", lines = new[] { new { sku = "TEE-BLK-M", quantity = 2 } } });
                break;
            case "AdminInspection":
                Admin(r);
                r.PathValues.Add(world.Received.ReturnId);
                Json(r, new { lines = new[] { new { sku = "TEE-BLK-M", quantity = 2, grade = "A", notes = "as new" } } });
                break;
            case "AdminGetPhoto":
                Admin(r);
                r.PathValues.Add(world.PhotoId);
                break;
            case "AdminUploadPhoto":
                Admin(r);
                Form(r, [("returnId", world.InTransit.ReturnId)], JpegSamples.Phone());
                break;
            case "AdminClaims":
                Admin(r);
                r.Query.Add(new("status", "open"));
                break;
            case "AdminGetPolicy" or "AdminGetRouting" or "AdminComplianceRules" or "AdminReloadCompliance" or "AdminWebhookDeliveries":
                Admin(r);
                break;
            case "AdminPutPolicy":
                Admin(r);
                JsonText(r, world.PolicyJson);
                break;
            case "AdminPutRouting":
                Admin(r);
                JsonText(r, world.RoutingJson);
                break;
            case "AdminLedger":
                Admin(r);
                r.Query.Add(new("from", DateTimeOffset.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                break;
            case "AdminLaneReport":
                Admin(r);
                break;
            case "AdminRetryWebhookDelivery":
                Admin(r);
                r.PathValues.Add("dlv-" + unique);
                break;
            case "AdminAnalytics":
                Admin(r);
                r.PathValues.Add("summary");
                r.Query.Add(new("from", DateTimeOffset.UtcNow.AddMonths(-3).ToString("yyyy-MM", CultureInfo.InvariantCulture)));
                break;
            case "AdminWarehouseFind":
                Admin(r);
                r.PathValues.Add(world.TrackingNumber);
                break;
            case "AdminGradingSuggest":
                Admin(r);
                Json(r, new { category = "apparel", reason = "size_too_small", checks = new Dictionary<string, bool> { ["tags_attached"] = true } });
                break;
            case "AdminStock":
                Admin(r);
                r.Query.Add(new("returnId", world.Received.ReturnId));
                break;
            case "AdminUpdateStock":
                Admin(r);
                r.PathValues.Add(world.Received.ReturnId);
                r.PathValues.Add("TEE-BLK-M");
                r.PathValues.Add("1");
                Json(r, new { status = "restocked", location = "Shelf A3", valueRecovered = random.Next(0, 5000) });
                break;
            case "AdminRetryParkedStep":
                Admin(r);
                r.PathValues.Add(world.InTransit.ReturnId);
                break;
            case "AdminEraseCustomer":
                Admin(r);
                Json(r, new { email = $"fuzz-{unique}@example.com", reason = "customer_request" });
                break;
            default:
                throw new InvalidOperationException($"The fuzzer has no sample for route {route.Name}: add one to {nameof(FuzzSamples)}.");
        }

        return r;
    }

    public static object Order(FuzzWorld world, string orderNumber) => new
    {
        orderNumber,
        email = FuzzWorld.Email,
        customerName = "Anna Schmidt",
        locale = "de-DE",
        currency = "EUR",
        placedAt = "2025-03-01T09:30:00Z",
        deliveredAt = "2025-03-05T12:00:00Z",
        incoterm = "DDP",
        shipFrom = new { country = "TW", city = "Taipei", postalCode = "100", line1 = "1 Zhongshan Rd" },
        shipTo = new { name = "Anna Schmidt", country = "DE", city = "Berlin", postalCode = "10115", line1 = "Invalidenstr. 1" },
        lines = new object[]
        {
            new { sku = "TEE-BLK-M", name = "Tee black M", quantity = 2, unitPrice = 2500, hsCode = "610910", originCountry = "TW", category = "apparel", weightGrams = 200, tags = Array.Empty<string>() },
            new { sku = "CAP-RED", quantity = 1, unitPrice = 1500, tags = new[] { "final_sale" } },
        },
    };

    public static string Base64Hmac(string secret, byte[] body) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static string HexHmac(string secret, byte[] body) => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static void Admin(FuzzRequest r) => r.Headers[AdminKey.Header] = FuzzHost.AdminKey;

    private static void Json(FuzzRequest r, object body) => JsonText(r, JsonSerializer.Serialize(body, ApiJson.Options));

    private static void JsonText(FuzzRequest r, string json)
    {
        r.Body = Encoding.UTF8.GetBytes(json);
        r.ContentType = "application/json";
        r.JsonBody = true;
    }

    /// <summary>A multipart form as a browser sends it: text fields, then the photo.</summary>
    private static void Form(FuzzRequest r, (string Name, string Value)[] fields, byte[] photo)
    {
        var content = new MultipartFormDataContent("fuzz-boundary-7MA4YWxkTrZu0gW");
        foreach (var (name, value) in fields)
            content.Add(new StringContent(value), name);
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue(photo[0] == 0x89 ? "image/png" : "image/jpeg");
        content.Add(file, "photo", photo[0] == 0x89 ? "photo.png" : "photo.jpg");
        r.Body = content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        r.ContentType = content.Headers.ContentType!.ToString();
    }
}
