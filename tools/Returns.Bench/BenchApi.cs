using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

using Returns.Tools;

namespace Returns.Bench;

/// <summary>An HTTP answer read to the end: status and body.</summary>
internal sealed record ApiAnswer(HttpStatusCode Status, string Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public JsonObject Json() => JsonNode.Parse(Body)?.AsObject() ?? throw new BenchException($"Expected a JSON object, got: {Trim(Body)}");

    public override string ToString() => $"{(int)Status} {Trim(Body)}";

    private static string Trim(string s) => s.Length > 300 ? s[..300] + "..." : s;
}

internal sealed class BenchException(string message) : Exception(message);

/// <summary>The routes the bench calls, with retries for transient failures (connection errors, 5xx, 429).</summary>
internal sealed class BenchApi : IDisposable
{
    private const int Attempts = 5;
    private readonly HttpClient _http;
    private readonly BenchOptions _options;
    private readonly byte[] _secret;
    private long _requests;
    private long _retries;

    public BenchApi(BenchOptions options)
    {
        _options = options;
        _secret = Encoding.UTF8.GetBytes(options.Secret);
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(64, options.EffectiveConcurrency * 2),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        _http = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60) };
    }

    public long Requests => Interlocked.Read(ref _requests);

    public long Retries => Interlocked.Read(ref _retries);

    public Task<ApiAnswer> HealthAsync(CancellationToken ct) => SendAsync(() => new HttpRequestMessage(HttpMethod.Get, "/api/health"), ct, retry: false);

    public Task<ApiAnswer> PutOrderAsync(string orderNumber, string email, CancellationToken ct) =>
        PostJsonAsync("/api/orders", HostRequests.Order(orderNumber, email, "Bench Customer"), admin: true, ct);

    public Task<ApiAnswer> RequestReturnAsync(string orderNumber, string email, CancellationToken ct) =>
        PostJsonAsync("/api/returns", new JsonObject
        {
            ["email"] = email,
            ["orderNumber"] = orderNumber,
            ["locale"] = "de-DE",
            ["resolution"] = "refund",
            ["lines"] = new JsonArray { new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 1, ["reason"] = "size_too_small" } },
        }, admin: false, ct);

    /// <summary>Follows a link from an email; it points at the host's public URL, which may differ from --url only in form.</summary>
    public Task<ApiAnswer> FollowLinkAsync(string link, CancellationToken ct)
    {
        var uri = new Uri(link);
        return SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri.PathAndQuery), ct);
    }

    public Task<ApiAnswer> GetReturnAsync(string returnId, string email, CancellationToken ct) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"/api/returns/{Uri.EscapeDataString(returnId)}?email={Uri.EscapeDataString(email)}"), ct);

    public Task<ApiAnswer> OutboxAsync(int max, CancellationToken ct) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"/api/dev/outbox?max={max}"), ct);

    public Task<ApiAnswer> ScanAsync(string eventId, string trackingNumber, string code, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["eventId"] = eventId,
            ["trackingNumber"] = trackingNumber,
            ["code"] = code,
            ["occurredAt"] = occurredAt.ToString("O"),
            ["location"] = code == "delivered" ? "Taipei" : "Berlin",
            ["description"] = code,
        }.ToJsonString());
        var signature = HostRequests.CarrierSignature(_secret, body);
        return SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/carriers/generic/events") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add("X-Returns-Signature", signature);
            return request;
        }, ct);
    }

    public Task<ApiAnswer> InspectAsync(string returnId, string sku, int quantity, CancellationToken ct) =>
        PostJsonAsync($"/api/admin/returns/{Uri.EscapeDataString(returnId)}/inspection", new JsonObject
        {
            ["lines"] = new JsonArray { new JsonObject { ["sku"] = sku, ["quantity"] = quantity, ["grade"] = "A" } },
        }, admin: true, ct);

    private Task<ApiAnswer> PostJsonAsync(string path, JsonObject body, bool admin, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        return SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            if (admin)
                request.Headers.Add("x-api-key", _options.ApiKey);
            return request;
        }, ct);
    }

    /// <summary>Every route the bench calls is idempotent, so a transient failure is simply sent again.</summary>
    private async Task<ApiAnswer> SendAsync(Func<HttpRequestMessage> create, CancellationToken ct, bool retry = true)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            Interlocked.Increment(ref _requests);
            try
            {
                using var request = create();
                using var response = await _http.SendAsync(request, ct);
                var answer = new ApiAnswer(response.StatusCode, await response.Content.ReadAsStringAsync(ct));
                var transient = (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests;
                if (!transient || !retry || attempt >= Attempts)
                    return answer;
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                if (!retry || attempt >= Attempts)
                    throw new BenchException($"{e.GetType().Name}: {e.Message}");
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(delay, ct);
            delay *= 2;
        }
    }

    public void Dispose() => _http.Dispose();
}
