using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Returns.Api.Handlers;
using Returns.Api.Handlers.Carriers;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Integrations;

/// <summary>EasyPost tracker webhooks; the shared promises are in <see cref="CarrierWebhookContractTests"/>.</summary>
public sealed class EasyPostCarrierEventsTests : CarrierWebhookContractTests
{
    protected override string Source => EasyPostEventMapper.Source;

    protected override string Header => CarrierHandlers.EasyPostSignatureHeader;

    protected override string SampleLocation => "Frankfurt, HE, DE";

    protected override Task<IResult> HandleAsync(CarrierHandlers handlers, HttpRequest request, DurableTaskClient client) =>
        handlers.EasyPostEventAsync(request, client, CancellationToken.None);

    private static string Sign(string body, string secret) => "hmac-sha256-hex=" + HexHmac(body, secret);

    protected override string Sign(string body) => Sign(body, Settings.EasyPostWebhookSecret);

    protected override IEnumerable<string> WrongFormSignatures(string body) =>
    [
        Sign(body, "wrong-secret"),
        HexHmac(body, Settings.EasyPostWebhookSecret),                 // without the hmac-sha256-hex= prefix
        "sha256=" + HexHmac(body, Settings.EasyPostWebhookSecret),
        Base64Hmac(body, Settings.EasyPostWebhookSecret),
    ];

    protected override string NewEventId() => "evt_" + Guid.NewGuid().ToString("N");

    protected override string InTransit(string eventId, string tracking, string at = "2025-06-02T08:15:00Z") =>
        EasyPostPayloads.TrackerUpdated(eventId, tracking, datetime: at);

    protected override string Delivered(string eventId, string tracking, string at) =>
        EasyPostPayloads.TrackerUpdated(eventId, tracking, "delivered", "arrived_at_destination", "Delivered", at);

    [Fact]
    public async Task EasyPostEvent_UppercaseHexSignature_IsAccepted()
    {
        var tracking = NewTracking();
        await Api.SeedReturnAsync(ReturnStages.InTransit, tracking);
        var body = InTransit(NewEventId(), tracking);

        var response = await PostAsync(body, "hmac-sha256-hex=" + HexHmac(body, Settings.EasyPostWebhookSecret).ToUpperInvariant());

        Assert.Equal(202, response.Status);
    }

    [Fact]
    public void EasyPostSignature_SecretIsNfkdNormalised_AsEasyPostsClientsDo()
    {
        const string secret = "ｓｅｃｒｅｔ-café";   // full-width letters and a composed é
        var text = EasyPostPayloads.TrackerUpdated("evt_1", "RA1DE");
        var body = Encoding.UTF8.GetBytes(text);

        Assert.True(WebhookSignatures.VerifyEasyPost(secret, body, Sign(text, secret.Normalize(NormalizationForm.FormKD))));
        Assert.False(WebhookSignatures.VerifyEasyPost(secret, body, Sign(text, secret)));
    }

    [Fact]
    public async Task EasyPostEvent_DescriptionNotAString_Returns400()
    {
        var response = await PostSignedAsync("{ \"id\": \"evt_1\", \"description\": [ \"tracker.updated\" ] }");

        Assert.Equal(400, response.Status);
        Assert.Contains("JSON", response.Detail);
    }

    [Theory]
    [InlineData("{ \"id\": \"evt_1\", \"description\": \"tracker.updated\", \"result\": { \"object\": \"Tracker\", \"status\": \"in_transit\" } }")]
    [InlineData("{ \"id\": \"evt_1\", \"description\": \"tracker.updated\" }")]
    [InlineData("{ \"id\": \"evt_1\", \"description\": \"tracker.updated\", \"result\": \"trk_1\" }")]
    public async Task EasyPostEvent_SignedTrackerEventWithoutTrackingCode_Returns400NamingIt(string body)
    {
        var response = await PostSignedAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Contains("result.tracking_code is required", response.Detail);
    }

    [Fact]
    public async Task EasyPostEvent_TrackingCodeOfAnEasyPostLabel_MatchesItsReturn()
    {
        const string labelTrackingCode = "9400100105440242880186"; // as EasyPost's shipment answers tracking_code
        var record = await Api.SeedReturnAsync(ReturnStages.LabelIssued, labelTrackingCode);

        var response = await PostSignedAsync(InTransit(NewEventId(), labelTrackingCode));

        Assert.True(response.Json.GetProperty("matched").GetBoolean());
        Assert.Single(Api.RaisedFor(record.ReturnId));
    }

    [Fact]
    public Task EasyPostEvent_BatchEvent_Returns202IgnoredWithNoEffect() =>
        AssertIgnoredAsync((id, _) => EasyPostPayloads.BatchUpdated.Replace("evt_batch_0001", id, StringComparison.Ordinal));

    [Fact]
    public Task EasyPostEvent_UnknownStatus_Returns202IgnoredWithNoEffect() =>
        AssertIgnoredAsync((id, tracking) => EasyPostPayloads.TrackerUpdated(id, tracking, "unknown", "unknown", "No information"));

    [Fact]
    public async Task EasyPostEvent_TrackerCreated_IsAScanToo() =>
        Assert.Equal(ScanCodes.LabelCreated, await RaisedCodeAsync((id, tracking) =>
            EasyPostPayloads.TrackerUpdated(id, tracking, "pre_transit", "label_created", "Shipping Label Created", description: "tracker.created")));

    [Theory]
    [InlineData("pre_transit", "status_update", "Shipping Label Created", ScanCodes.LabelCreated)]
    [InlineData("in_transit", "arrived_at_facility", "Arrived at facility", ScanCodes.InTransit)]
    [InlineData("in_transit", "status_update", "Customs clearance processing", ScanCodes.InTransit)]
    [InlineData("in_transit", "held", "Held by customs", ScanCodes.CustomsHold)]
    [InlineData("in_transit", "delayed", "Clearance event: customs inspection", ScanCodes.CustomsHold)]
    [InlineData("in_transit", "status_update", "Shipment on hold at customs", ScanCodes.CustomsHold)]
    [InlineData("in_transit", "status_update", "Cleared customs", ScanCodes.CustomsCleared)]
    [InlineData("in_transit", "status_update", "Released from customs hold", ScanCodes.CustomsCleared)]
    [InlineData("in_transit", "held", "Held at carrier facility", ScanCodes.InTransit)]
    [InlineData("out_for_delivery", "out_for_delivery", "Out for delivery", ScanCodes.OutForDelivery)]
    [InlineData("available_for_pickup", "arrived_at_pickup_location", "Ready for pickup", ScanCodes.OutForDelivery)]
    [InlineData("delivered", "arrived_at_destination", "Delivered", ScanCodes.Delivered)]
    [InlineData("return_to_sender", "return", "Returning to sender", ScanCodes.ReturnedToSender)]
    [InlineData("failure", "delivery_exception", "Customs refused entry", ScanCodes.Exception)]
    [InlineData("error", "status_update", "Tracking error", ScanCodes.Exception)]
    [InlineData("cancelled", "cancelled", "Cancelled", ScanCodes.Exception)]
    [InlineData("unknown", "unknown", "No information", null)]
    [InlineData("teleported", null, null, null)]
    public void EasyPostMapper_StatusDetailAndMessage_MapToScanCode(string status, string? detail, string? message, string? expected) =>
        Assert.Equal(expected, EasyPostEventMapper.CodeFor(status, detail, message));

    [Theory]
    [InlineData("delivered", "arrived_at_destination", "Delivered", ScanCodes.Delivered)]
    [InlineData("in_transit", "held", "Held by customs", ScanCodes.CustomsHold)]
    [InlineData("return_to_sender", "return", "Returning to sender", ScanCodes.ReturnedToSender)]
    public async Task EasyPostEvent_SignedStatus_RaisesTheMappedCode(string status, string detail, string message, string expected) =>
        Assert.Equal(expected, await RaisedCodeAsync((id, tracking) => EasyPostPayloads.TrackerUpdated(id, tracking, status, detail, message)));
}
