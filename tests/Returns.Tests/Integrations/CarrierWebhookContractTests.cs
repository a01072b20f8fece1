using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Handlers;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;
using Returns.Tests.Adapters;
using Returns.Tests.Api;

namespace Returns.Tests.Integrations;

/// <summary>
/// What every carrier webhook promises (API.md, "Carriers"), run once per carrier through the real
/// <see cref="CarrierHandlers"/>: 202 and one raised scan, 401 on a bad signature, 400 on a malformed body, a repeated
/// event id without effect, unknown tracking numbers kept for audit, and late older scans passed on with their own time.
/// </summary>
public abstract class CarrierWebhookContractTests : IDisposable
{
    protected ApiHarness Api { get; } = new();

    protected ReturnsSettings Settings => Api.Get<IOptions<ReturnsSettings>>().Value;

    protected abstract string Source { get; }

    protected abstract string Header { get; }

    /// <summary>Where the sample's latest scan happened, as the mapper reports it.</summary>
    protected abstract string SampleLocation { get; }

    protected abstract Task<IResult> HandleAsync(CarrierHandlers handlers, HttpRequest request, DurableTaskClient client);

    protected abstract string Sign(string body);

    /// <summary>Signatures that are right in value but wrong in form for this carrier.</summary>
    protected abstract IEnumerable<string> WrongFormSignatures(string body);

    protected abstract string NewEventId();

    /// <summary>The carrier's documented sample: the parcel in transit, scanned 2025-06-02 08:15 UTC.</summary>
    protected abstract string InTransit(string eventId, string tracking, string at = "2025-06-02T08:15:00Z");

    protected abstract string Delivered(string eventId, string tracking, string at);

    public void Dispose()
    {
        Api.Dispose();
        GC.SuppressFinalize(this);
    }

    public static string NewTracking() => "RA" + AzuriteStorage.Unique() + "DE";

    public static string Base64Hmac(string body, string secret) => Convert.ToBase64String(WebhookSignatures.Compute(secret, Encoding.UTF8.GetBytes(body)));

    public static string HexHmac(string body, string secret) => Convert.ToHexStringLower(WebhookSignatures.Compute(secret, Encoding.UTF8.GetBytes(body)));

    protected Task<ApiResponse> PostAsync(string body, string? signature)
    {
        var headers = signature is null ? null : new Dictionary<string, string> { [Header] = signature };
        var context = Api.Context("POST", body, headers: headers);
        return ApiHarness.RunAsync(context, HandleAsync(Api.Get<CarrierHandlers>(), context.Request, Api.Client));
    }

    protected Task<ApiResponse> PostSignedAsync(string body) => PostAsync(body, Sign(body));

    protected Task<bool> RecordedAsync(string eventId) => Api.Get<ICarrierEventLog>().ExistsAsync(Source, eventId);

    [Fact]
    public async Task Webhook_SignedScanForKnownParcel_Returns202AndRaisesTheLatestScan()
    {
        var tracking = NewTracking();
        var record = await Api.SeedReturnAsync(ReturnStages.LabelIssued, tracking);
        var eventId = NewEventId();

        var response = await PostSignedAsync(InTransit(eventId, tracking));

        Assert.Equal(202, response.Status);
        Assert.True(response.Json.GetProperty("matched").GetBoolean());
        Assert.False(response.Json.GetProperty("duplicate").GetBoolean());
        var raised = Assert.Single(Api.RaisedFor(record.ReturnId));
        Assert.Equal(ReturnEventKinds.Scan, raised.Kind);
        Assert.Equal($"{Source}:{eventId}", raised.EventId);
        Assert.Equal(ScanCodes.InTransit, raised.ScanCode);
        Assert.Equal(SampleLocation, raised.Location);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 8, 15, 0, TimeSpan.Zero), raised.OccurredAt);
        Assert.True(await RecordedAsync(eventId));
    }

    [Fact]
    public async Task Webhook_BadOrMissingSignature_Returns401WithNoStateChange()
    {
        var tracking = NewTracking();
        var record = await Api.SeedReturnAsync(ReturnStages.LabelIssued, tracking);
        var eventId = NewEventId();
        var body = InTransit(eventId, tracking);
        var replayed = Delivered(eventId, tracking, "2025-06-02T08:15:00Z");

        var attempts = new List<ApiResponse>
        {
            await PostAsync(body, null),
            await PostAsync(body, ""),
            await PostAsync(replayed, Sign(body)), // a captured signature on a changed body
        };
        foreach (var signature in WrongFormSignatures(body))
            attempts.Add(await PostAsync(body, signature));

        Assert.All(attempts, r =>
        {
            Assert.Equal(401, r.Status);
            Assert.Contains(Header, r.Detail);
        });
        Assert.Empty(Api.RaisedFor(record.ReturnId));
        Assert.False(await RecordedAsync(eventId));
    }

    [Theory]
    [InlineData("{ \"id\": ")]
    [InlineData("not json at all")]
    public async Task Webhook_SignedMalformedJson_Returns400(string body)
    {
        var response = await PostSignedAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Contains("JSON", response.Detail);
        Assert.Empty(Api.Raised);
    }

    [Fact]
    public async Task Webhook_DuplicateEventId_IsAcceptedButRaisedOnce()
    {
        var tracking = NewTracking();
        var record = await Api.SeedReturnAsync(ReturnStages.LabelIssued, tracking);
        var body = InTransit(NewEventId(), tracking);

        var first = await PostSignedAsync(body);
        var second = await PostSignedAsync(body);

        Assert.Equal(202, first.Status);
        Assert.Equal(202, second.Status);
        Assert.True(second.Json.GetProperty("duplicate").GetBoolean());
        Assert.Single(Api.RaisedFor(record.ReturnId));
    }

    [Fact]
    public async Task Webhook_OlderInTransitAfterDelivered_BothReachTheWorkflowWithTheirOwnTimes()
    {
        var tracking = NewTracking();
        var record = await Api.SeedReturnAsync(ReturnStages.InTransit, tracking);

        await PostSignedAsync(Delivered(NewEventId(), tracking, "2025-06-04T10:00:00Z"));
        await PostSignedAsync(InTransit(NewEventId(), tracking, "2025-06-03T10:00:00Z"));

        // The workflow drops the older scan by its time (ReturnOrchestrator_OlderScanArrivesLate_NeverMovesStageBackwards);
        // the handler's part is to pass both on, each with the time the carrier scanned it.
        var raised = Api.RaisedFor(record.ReturnId);
        Assert.Equal([ScanCodes.Delivered, ScanCodes.InTransit], raised.Select(r => r.ScanCode));
        Assert.True(raised[1].OccurredAt < raised[0].OccurredAt);
    }

    [Fact]
    public async Task Webhook_UnknownTrackingNumber_Returns202KeptForAuditUnmatched()
    {
        var eventId = NewEventId();

        var response = await PostSignedAsync(InTransit(eventId, NewTracking()));

        Assert.Equal(202, response.Status);
        Assert.False(response.Json.GetProperty("matched").GetBoolean());
        Assert.Empty(Api.Raised);
        Assert.True(await RecordedAsync(eventId));
    }

    /// <summary>Posts a signed body that carries no scan and checks it changed nothing.</summary>
    protected async Task AssertIgnoredAsync(Func<string, string, string> body)
    {
        var tracking = NewTracking();
        var record = await Api.SeedReturnAsync(ReturnStages.LabelIssued, tracking);
        var eventId = NewEventId();

        var response = await PostSignedAsync(body(eventId, tracking));

        Assert.Equal(202, response.Status);
        Assert.True(response.Json.GetProperty("ignored").GetBoolean());
        Assert.Empty(Api.RaisedFor(record.ReturnId));
        Assert.False(await RecordedAsync(eventId));
    }

    /// <summary>Posts a signed body for a parcel in transit and returns the one scan code raised.</summary>
    protected async Task<string?> RaisedCodeAsync(Func<string, string, string> body)
    {
        var tracking = NewTracking();
        var record = await Api.SeedReturnAsync(ReturnStages.InTransit, tracking);

        await PostSignedAsync(body(NewEventId(), tracking));

        return Assert.Single(Api.RaisedFor(record.ReturnId)).ScanCode;
    }
}
