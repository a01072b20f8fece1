using System.Text;
using System.Text.Json;
using Returns.Api.Handlers;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;
using Returns.Tests.Adapters;

namespace Returns.Tests.Api;

public sealed class CarrierHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    private static string Sign(string body, string secret = ApiHarness.CarrierSecret) =>
        "sha256=" + Convert.ToHexString(WebhookSignatures.Compute(secret, Encoding.UTF8.GetBytes(body))).ToLowerInvariant();

    private static string ScanBody(string trackingNumber, string eventId, string code = ScanCodes.InTransit) =>
        JsonSerializer.Serialize(new
        {
            eventId,
            trackingNumber,
            code,
            occurredAt = "2025-06-02T08:15:00Z",
            location = "Frankfurt Hub",
            description = "Departed facility",
        }, ApiJson.Options);

    private Task<ApiResponse> PostAsync(string body, string? signature)
    {
        var headers = signature is null ? null : new Dictionary<string, string> { [CarrierHandlers.GenericSignatureHeader] = signature };
        var context = _api.Context("POST", body, headers: headers);
        return ApiHarness.RunAsync(context, _api.Get<CarrierHandlers>().GenericEventAsync(context.Request, _api.Client, CancellationToken.None));
    }

    private static string NewEventId() => "evt-" + AzuriteStorage.Unique();

    private static string NewTracking() => "RA" + AzuriteStorage.Unique() + "DE";

    [Fact]
    public async Task GenericEvent_SignedScanForKnownParcel_Returns202AndRaisesTheScan()
    {
        var tracking = NewTracking();
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued, tracking);
        var eventId = NewEventId();
        var body = ScanBody(tracking, eventId);

        var response = await PostAsync(body, Sign(body));

        Assert.Equal(202, response.Status);
        Assert.True(response.Json.GetProperty("matched").GetBoolean());
        Assert.False(response.Json.GetProperty("duplicate").GetBoolean());
        var raised = Assert.Single(_api.RaisedFor(record.ReturnId));
        Assert.Equal(ReturnEventKinds.Scan, raised.Kind);
        Assert.Equal($"generic:{eventId}", raised.EventId);
        Assert.Equal(ScanCodes.InTransit, raised.ScanCode);
        Assert.Equal("Frankfurt Hub", raised.Location);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 8, 15, 0, TimeSpan.Zero), raised.OccurredAt);
        Assert.True(await _api.Get<ICarrierEventLog>().ExistsAsync("generic", eventId));
    }

    [Fact]
    public async Task GenericEvent_UppercaseHexSignature_IsAccepted()
    {
        var tracking = NewTracking();
        await _api.SeedReturnAsync(ReturnStages.InTransit, tracking);
        var body = ScanBody(tracking, NewEventId());

        var response = await PostAsync(body, Sign(body).ToUpperInvariant().Replace("SHA256=", "sha256=", StringComparison.Ordinal));

        Assert.Equal(202, response.Status);
    }

    [Fact]
    public async Task GenericEvent_BadOrMissingSignature_Returns401WithNoStateChange()
    {
        var tracking = NewTracking();
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued, tracking);
        var eventId = NewEventId();
        var body = ScanBody(tracking, eventId);
        var tamperedBody = body.Replace("in_transit", "delivered", StringComparison.Ordinal);

        var attempts = new[]
        {
            await PostAsync(body, null),
            await PostAsync(body, ""),
            await PostAsync(body, Sign(body, "wrong-secret")),
            await PostAsync(tamperedBody, Sign(body)),
            await PostAsync(body, Sign(body)[7..]),          // hex without the sha256= prefix
            await PostAsync(body, "sha256=not-hex"),
        };

        Assert.All(attempts, r =>
        {
            Assert.Equal(401, r.Status);
            Assert.Contains(CarrierHandlers.GenericSignatureHeader, r.Detail);
        });
        Assert.Empty(_api.RaisedFor(record.ReturnId));
        Assert.False(await _api.Get<ICarrierEventLog>().ExistsAsync("generic", eventId));
    }

    [Theory]
    [InlineData("{ \"eventId\": ")]
    [InlineData("not json at all")]
    [InlineData("{ \"eventId\": \"e1\", \"trackingNumber\": \"RA1\", \"code\": \"in_transit\", \"occurredAt\": \"yesterday\" }")]
    public async Task GenericEvent_SignedMalformedBody_Returns400(string body)
    {
        var response = await PostAsync(body, Sign(body));

        Assert.Equal(400, response.Status);
        Assert.Contains("JSON", response.Detail);
        Assert.Empty(_api.Raised);
    }

    [Theory]
    [InlineData("{ \"trackingNumber\": \"RA1\", \"code\": \"in_transit\", \"occurredAt\": \"2025-06-02T08:15:00Z\" }", "eventId is required")]
    [InlineData("{ \"eventId\": \"e1\", \"code\": \"in_transit\", \"occurredAt\": \"2025-06-02T08:15:00Z\" }", "trackingNumber is required")]
    [InlineData("{ \"eventId\": \"e1\", \"trackingNumber\": \"RA1\", \"code\": \"in_transit\" }", "occurredAt is required")]
    public async Task GenericEvent_SignedBodyMissingAField_Returns400NamingIt(string body, string expected)
    {
        var response = await PostAsync(body, Sign(body));

        Assert.Equal(400, response.Status);
        Assert.Contains(expected, response.Detail);
    }

    [Fact]
    public async Task GenericEvent_UnknownCode_Returns400AndRecordsNothing()
    {
        var tracking = NewTracking();
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued, tracking);
        var eventId = NewEventId();
        var body = ScanBody(tracking, eventId, "teleported");

        var response = await PostAsync(body, Sign(body));

        Assert.Equal(400, response.Status);
        Assert.Contains("code must be one of", response.Detail);
        Assert.Empty(_api.RaisedFor(record.ReturnId));
        Assert.False(await _api.Get<ICarrierEventLog>().ExistsAsync("generic", eventId));
    }

    [Fact]
    public async Task GenericEvent_DuplicateEventId_IsAcceptedButRaisedOnlyOnce()
    {
        var tracking = NewTracking();
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued, tracking);
        var body = ScanBody(tracking, NewEventId());

        var first = await PostAsync(body, Sign(body));
        var second = await PostAsync(body, Sign(body));

        Assert.Equal(202, first.Status);
        Assert.Equal(202, second.Status);
        Assert.True(second.Json.GetProperty("duplicate").GetBoolean());
        Assert.Single(_api.RaisedFor(record.ReturnId));
    }

    [Fact]
    public async Task GenericEvent_UnknownTrackingNumber_Returns202KeptForAuditUnmatched()
    {
        var eventId = NewEventId();
        var body = ScanBody(NewTracking(), eventId);

        var response = await PostAsync(body, Sign(body));

        Assert.Equal(202, response.Status);
        Assert.False(response.Json.GetProperty("matched").GetBoolean());
        Assert.Empty(_api.Raised);
        Assert.True(await _api.Get<ICarrierEventLog>().ExistsAsync("generic", eventId));
    }

    [Fact]
    public async Task GenericEvent_ParcelOfAClosedReturn_IsKeptButNotRaised()
    {
        var tracking = NewTracking();
        var record = await _api.SeedReturnAsync(ReturnStages.Closed, tracking);
        var eventId = NewEventId();
        var body = ScanBody(tracking, eventId, ScanCodes.Delivered);

        var response = await PostAsync(body, Sign(body));

        Assert.Equal(202, response.Status);
        Assert.False(response.Json.GetProperty("matched").GetBoolean());
        Assert.Empty(_api.RaisedFor(record.ReturnId));
        Assert.True(await _api.Get<ICarrierEventLog>().ExistsAsync("generic", eventId));
    }
}
