using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Returns.Api.Handlers;
using Returns.Tests.EndToEnd;
using Returns.Tests.Integrations;

namespace Returns.Tests.Security;

/// <summary>
/// A carrier webhook delivery as the carrier signs it for the security host (<see cref="SecurityHostFixture"/> secrets),
/// with the same event saying "delivered" to try the captured signature on.
/// </summary>
public sealed record SignedDelivery(string Path, string Body, string Header, string Signature, string Delivered)
{
    public IReadOnlyDictionary<string, string> Headers => new Dictionary<string, string> { [Header] = Signature };

    public static SignedDelivery Generic(string eventId, string tracking, string code, DateTimeOffset at, string location = "Hamburg")
    {
        string Body(string c) => new JsonObject
        {
            ["eventId"] = eventId, ["trackingNumber"] = tracking, ["code"] = c, ["occurredAt"] = at.ToString("O"), ["location"] = location,
        }.ToJsonString();
        var body = Body(code);
        return new SignedDelivery("/api/carriers/generic/events", body, CarrierHandlers.GenericSignatureHeader,
            ReturnsHttp.Sign(Encoding.UTF8.GetBytes(body)), Body("delivered"));
    }

    public static SignedDelivery AfterShip(string eventId, string tracking, string tag, string subtag, DateTimeOffset at)
    {
        var time = at.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        var body = AfterShipPayloads.TrackingUpdate(eventId, tracking, tag, subtag, time);
        return new SignedDelivery("/api/carriers/aftership/events", body, CarrierHandlers.AfterShipSignatureHeader,
            Convert.ToBase64String(Hmac(SecurityHostFixture.AfterShipSecret, body)),
            AfterShipPayloads.TrackingUpdate(eventId, tracking, "Delivered", "Delivered_001", time));
    }

    public static SignedDelivery EasyPost(string eventId, string tracking, string status, string message, DateTimeOffset at)
    {
        var time = at.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var body = EasyPostPayloads.TrackerUpdated(eventId, tracking, status, "arrived_at_facility", message, time);
        return new SignedDelivery("/api/carriers/easypost/events", body, CarrierHandlers.EasyPostSignatureHeader,
            "hmac-sha256-hex=" + Convert.ToHexStringLower(Hmac(SecurityHostFixture.EasyPostSecret, body)),
            EasyPostPayloads.TrackerUpdated(eventId, tracking, "delivered", "arrived_at_destination", "Delivered", time));
    }

    private static byte[] Hmac(string secret, string body) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body));
}
