using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Returns.Api.Handlers;
using Returns.Api.Handlers.Carriers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Integrations;

/// <summary>AfterShip tracking webhooks; the shared promises are in <see cref="CarrierWebhookContractTests"/>.</summary>
public sealed class AfterShipCarrierEventsTests : CarrierWebhookContractTests
{
    protected override string Source => AfterShipEventMapper.Source;

    protected override string Header => CarrierHandlers.AfterShipSignatureHeader;

    protected override string SampleLocation => "Frankfurt Hub";

    protected override Task<IResult> HandleAsync(CarrierHandlers handlers, HttpRequest request, DurableTaskClient client) =>
        handlers.AfterShipEventAsync(request, client, CancellationToken.None);

    protected override string Sign(string body) => Base64Hmac(body, Settings.AfterShipWebhookSecret);

    protected override IEnumerable<string> WrongFormSignatures(string body) =>
        [Base64Hmac(body, "wrong-secret"), HexHmac(body, Settings.AfterShipWebhookSecret), "not base64 at all"];

    protected override string NewEventId() => Guid.NewGuid().ToString();

    protected override string InTransit(string eventId, string tracking, string at = "2025-06-02T08:15:00Z") =>
        AfterShipPayloads.TrackingUpdate(eventId, tracking, checkpointTime: at);

    protected override string Delivered(string eventId, string tracking, string at) =>
        AfterShipPayloads.TrackingUpdate(eventId, tracking, "Delivered", "Delivered_001", at);

    [Fact]
    public async Task AfterShipEvent_MsgNotATrackingObject_Returns400()
    {
        var response = await PostSignedAsync("{ \"event\": \"tracking_update\", \"msg\": \"a string, not a tracking\" }");

        Assert.Equal(400, response.Status);
        Assert.Contains("JSON", response.Detail);
    }

    [Fact]
    public async Task AfterShipEvent_SignedBodyWithoutTrackingNumber_Returns400NamingIt()
    {
        var body = AfterShipPayloads.TrackingUpdate(NewEventId(), "").Replace("\"tracking_number\": \"\",", "", StringComparison.Ordinal);

        var response = await PostSignedAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Contains("msg.tracking_number is required", response.Detail);
    }

    [Fact]
    public async Task AfterShipEvent_WithoutEventId_DedupesByTheBody()
    {
        var tracking = NewTracking();
        var record = await Api.SeedReturnAsync(ReturnStages.LabelIssued, tracking);
        var body = AfterShipPayloads.TrackingUpdate("", tracking);

        var first = await PostSignedAsync(body);
        var second = await PostSignedAsync(body);

        Assert.StartsWith("body-", first.Json.GetProperty("eventId").GetString());
        Assert.Equal(first.Json.GetProperty("eventId").GetString(), second.Json.GetProperty("eventId").GetString());
        Assert.True(second.Json.GetProperty("duplicate").GetBoolean());
        Assert.Single(Api.RaisedFor(record.ReturnId));
    }

    [Theory]
    [InlineData("Pending", "Pending_001", "tracking_update")]
    [InlineData("Expired", "Expired_001", "tracking_update")]
    [InlineData("InTransit", "InTransit_001", "edd_revise")]
    [InlineData("InTransit", "InTransit_001", "tracking_pending_time")]
    public Task AfterShipEvent_TagOrEventWithoutScan_Returns202IgnoredWithNoEffect(string tag, string subtag, string @event) =>
        AssertIgnoredAsync((id, tracking) => AfterShipPayloads.TrackingUpdate(id, tracking, tag, subtag, @event: @event));

    [Fact]
    public async Task AfterShipEvent_CheckpointTimeWithoutOffset_IsReadAsUtc()
    {
        var tracking = NewTracking();
        var record = await Api.SeedReturnAsync(ReturnStages.LabelIssued, tracking);

        await PostSignedAsync(AfterShipPayloads.TrackingUpdate(NewEventId(), tracking, checkpointTime: "2025-06-02T08:15:00"));

        Assert.Equal(new DateTimeOffset(2025, 6, 2, 8, 15, 0, TimeSpan.Zero), Assert.Single(Api.RaisedFor(record.ReturnId)).OccurredAt);
    }

    [Theory]
    [InlineData("InfoReceived", "InfoReceived_001", ScanCodes.LabelCreated)]
    [InlineData("InTransit", "InTransit_001", ScanCodes.InTransit)]
    [InlineData("InTransit", "InTransit_006", ScanCodes.InTransit)]
    [InlineData("InTransit", "InTransit_005", ScanCodes.CustomsCleared)]
    [InlineData("OutForDelivery", "OutForDelivery_001", ScanCodes.OutForDelivery)]
    [InlineData("AvailableForPickup", "AvailableForPickup_001", ScanCodes.OutForDelivery)]
    [InlineData("Delivered", "Delivered_001", ScanCodes.Delivered)]
    [InlineData("AttemptFail", "AttemptFail_001", ScanCodes.Exception)]
    [InlineData("Exception", "Exception_001", ScanCodes.Exception)]
    [InlineData("Exception", "Exception_004", ScanCodes.CustomsHold)]
    [InlineData("Exception", "Exception_018", ScanCodes.CustomsHold)]
    [InlineData("Exception", "Exception_010", ScanCodes.ReturnedToSender)]
    [InlineData("Exception", "Exception_011", ScanCodes.ReturnedToSender)]
    [InlineData("Delivered", "Exception_011", ScanCodes.Delivered)]
    [InlineData("Pending", "Pending_001", null)]
    [InlineData("Expired", "Expired_001", null)]
    [InlineData("Teleported", null, null)]
    public void AfterShipMapper_TagAndSubtag_MapToScanCode(string tag, string? subtag, string? expected) =>
        Assert.Equal(expected, AfterShipEventMapper.CodeFor(tag, subtag));

    [Theory]
    [InlineData("Delivered", "Delivered_001", ScanCodes.Delivered)]
    [InlineData("Exception", "Exception_004", ScanCodes.CustomsHold)]
    [InlineData("InTransit", "InTransit_005", ScanCodes.CustomsCleared)]
    public async Task AfterShipEvent_SignedTag_RaisesTheMappedCode(string tag, string subtag, string expected) =>
        Assert.Equal(expected, await RaisedCodeAsync((id, tracking) => AfterShipPayloads.TrackingUpdate(id, tracking, tag, subtag)));
}
