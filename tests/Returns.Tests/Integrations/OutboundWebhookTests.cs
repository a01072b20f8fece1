using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Adapters.Webhooks;
using Returns.Api.Configuration;
using Returns.Api.Handlers;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;
using Returns.Tests.Api;

namespace Returns.Tests.Integrations;

/// <summary>Outbound webhooks against a local Kestrel receiver: signed as documented, retried, dead-lettered, retried by the merchant.</summary>
public sealed class OutboundWebhookTests : IAsyncLifetime, IDisposable
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("test-outbound-secret");

    private readonly OutboxFixture _fixture = new();
    private readonly ApiHarness _api = new();
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly ConcurrentQueue<int> _answers = new();
    private Microsoft.AspNetCore.Builder.WebApplication? _receiver;
    private Uri _url = null!;

    private sealed record Received(string Body, string? ContentType, string EventId, string Timestamp, string Signature);

    public async Task InitializeAsync()
    {
        var (app, baseUrl) = await LoopbackServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var h = context.Request.Headers;
            _received.Enqueue(new Received(await reader.ReadToEndAsync(), context.Request.ContentType,
                h["X-Returns-Event-Id"].ToString(), h["X-Returns-Timestamp"].ToString(), h["X-Returns-Signature"].ToString()));
            context.Response.StatusCode = _answers.TryDequeue(out var status) ? status : 200;
        });
        (_receiver, _url) = (app, new Uri(baseUrl + "/hooks/returns"));
    }

    public async Task DisposeAsync()
    {
        if (_receiver is not null)
            await _receiver.DisposeAsync();
    }

    public void Dispose() => _api.Dispose();

    private HttpWebhookSender Sender() => new(new HttpClient(), Secret, TimeProvider.System);

    [Fact]
    public async Task Delivery_SignatureVerifiesWithTheDocumentedScheme()
    {
        var dispatcher = _fixture.Dispatcher(new FlakyBroker(0), Sender(), _url);
        var e = OutboxFixture.Event("r_" + AzuriteStorage.Unique(), 1);
        await _fixture.Outbox.StoreAsync(e);

        await dispatcher.DispatchPendingAsync();

        var got = Assert.Single(_received);
        Assert.Equal("application/cloudevents+json", got.ContentType);
        Assert.Equal(e.Id, got.EventId);
        // The receiver's check, as the README shows it.
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes(got.Timestamp + "." + got.Body)));
        Assert.True(CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(got.Signature)));
        Assert.True(Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(got.Timestamp, CultureInfo.InvariantCulture)) < 60);
        Assert.True(WebhookSignature.Verify(Secret, got.Timestamp, got.Body, got.Signature, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, got.Timestamp, got.Body + " ", got.Signature, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, got.Timestamp, got.Body, got.Signature, DateTimeOffset.UtcNow.AddMinutes(10), TimeSpan.FromMinutes(5)));
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100));
    }

    [Fact]
    public async Task Delivery_500Then200_DeliveredOnceAfterARetry()
    {
        _answers.Enqueue(500);
        var broker = new FlakyBroker(0);
        var dispatcher = _fixture.Dispatcher(broker, Sender(), _url);
        var e = OutboxFixture.Event("r_" + AzuriteStorage.Unique(), 1);
        await _fixture.Outbox.StoreAsync(e);

        await dispatcher.DispatchPendingAsync();
        var waiting = Assert.Single(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100));
        Assert.Equal((_url.AbsoluteUri, 1, "HTTP 500"), (waiting.Destination, waiting.Attempts, waiting.LastError));
        _fixture.Clock.Advance(TimeSpan.FromSeconds(10));
        await dispatcher.DispatchPendingAsync();
        _fixture.Clock.Advance(TimeSpan.FromHours(1));
        await dispatcher.DispatchPendingAsync();

        Assert.Equal(2, _received.Count);
        Assert.All(_received, r => Assert.Equal(e.Id, r.EventId));
        Assert.Single(broker.Sent); // the broker's delivery is tracked apart and was not repeated
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100));
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Dead, 100));
    }

    [Fact]
    public async Task Delivery_400_DeadLetterListedByTheAdminRouteAndRetriedThroughIt()
    {
        _answers.Enqueue(400);
        var dispatcher = _fixture.Dispatcher(new FlakyBroker(0), Sender(), _url);
        var handlers = new WebhookDeliveryHandlers(_fixture.Outbox, dispatcher, _fixture.Clock,
            Options.Create(new ReturnsSettings { AdminApiKey = ApiHarness.AdminKey }));
        var e = OutboxFixture.Event("r_" + AzuriteStorage.Unique(), 7, "refunded");
        await _fixture.Outbox.StoreAsync(e);

        await dispatcher.DispatchPendingAsync();
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100));
        var denied = await RunAsync(c => handlers.ListAsync(c.Request, CancellationToken.None), "?status=dead", adminKey: false);
        var dead = await RunAsync(c => handlers.ListAsync(c.Request, CancellationToken.None), "?status=dead");
        var listed = Assert.Single(dead.Json.GetProperty("deliveries").EnumerateArray());
        var deliveryId = listed.GetProperty("deliveryId").GetString()!;
        var unknown = await RunAsync(c => handlers.RetryAsync(c.Request, "r_nothing-1.broker", CancellationToken.None), method: "POST");
        var retried = await RunAsync(c => handlers.RetryAsync(c.Request, deliveryId, CancellationToken.None), method: "POST");
        await dispatcher.DispatchPendingAsync();

        Assert.Equal(401, denied.Status);
        Assert.Equal(e.Id, listed.GetProperty("eventId").GetString());
        Assert.Equal("returns.return.refunded", listed.GetProperty("type").GetString());
        Assert.Equal(_url.AbsoluteUri, listed.GetProperty("destination").GetString());
        Assert.Equal(1, listed.GetProperty("attempts").GetInt32());
        Assert.Equal("HTTP 400", listed.GetProperty("lastError").GetString());
        Assert.Equal("dead", listed.GetProperty("status").GetString());
        Assert.Equal(404, unknown.Status);
        Assert.Equal(202, retried.Status);
        Assert.Equal(2, _received.Count);
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Dead, 100));
        Assert.Empty(await _fixture.Outbox.DeliveriesAsync(DeliveryStatus.Pending, 100));
    }

    private Task<ApiResponse> RunAsync(Func<HttpContext, Task<IResult>> handler, string? query = null, bool adminKey = true, string method = "GET")
    {
        var context = _api.Context(method, query: query, adminKey: adminKey);
        return ApiHarness.RunAsync(context, handler(context));
    }
}
