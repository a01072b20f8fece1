using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Returns.Tools;

namespace Returns.Load;

/// <summary>The routes the load generator calls, over one pooled HTTP client; every answer is read to the end.</summary>
internal sealed class LoadApi : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient _http;
    private readonly string _apiKey;
    private readonly byte[] _secret;
    private readonly byte[] _linkKey;
    private readonly string _baseUrl;

    public LoadApi(LoadOptions options)
    {
        _apiKey = options.ApiKey;
        _secret = Encoding.UTF8.GetBytes(options.Secret);
        _linkKey = HostRequests.LinkKeyBytes(File.ReadAllText(options.LinkKeyFile!).Trim());
        _baseUrl = options.Url.ToString().TrimEnd('/');
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.MaxInFlight + 16,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        // Each call carries its own cancellation (the request timeout); the client's own limit is only a backstop.
        _http = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Task<(int Status, string Body)> HealthAsync(CancellationToken ct) => SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/health"), ct);

    public static byte[] OrderBody(string orderNumber, string email) => JsonBytes(HostRequests.Order(orderNumber, email, "Load Customer"));

    public static byte[] LookupBody(string orderNumber, string email) =>
        JsonBytes(new JsonObject { ["email"] = email, ["orderNumber"] = orderNumber });

    public static byte[] ReturnBody(string orderNumber, string email) =>
        JsonBytes(new JsonObject
        {
            ["email"] = email,
            ["orderNumber"] = orderNumber,
            ["locale"] = "de-DE",
            ["resolution"] = "refund",
            ["lines"] = new JsonArray { new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 1, ["reason"] = "size_too_small" } },
        });

    /// <summary>A generic carrier event as a carrier sends it; the description carries the event id so the timeline check can find it.</summary>
    public static byte[] ScanBody(string eventId, string trackingNumber, DateTimeOffset occurredAt) =>
        JsonBytes(new JsonObject
        {
            ["eventId"] = eventId,
            ["trackingNumber"] = trackingNumber,
            ["code"] = "in_transit",
            ["occurredAt"] = occurredAt.ToString("O"),
            ["location"] = "Load",
            ["description"] = eventId,
        });

    public Task<(int Status, string Body)> PutOrderAsync(byte[] body, CancellationToken ct) => PostAsync("/api/orders", body, admin: true, signature: null, ct);

    public Task<(int Status, string Body)> LookupAsync(byte[] body, CancellationToken ct) => PostAsync("/api/portal/lookup", body, admin: false, signature: null, ct);

    public Task<(int Status, string Body)> RequestReturnAsync(byte[] body, CancellationToken ct) => PostAsync("/api/returns", body, admin: false, signature: null, ct);

    public Task<(int Status, string Body)> ScanAsync(byte[] body, CancellationToken ct) =>
        PostAsync("/api/carriers/generic/events", body, admin: false, signature: HostRequests.CarrierSignature(_secret, body), ct);

    public Task<(int Status, string Body)> GetReturnAsync(string returnId, string email, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/returns/{Uri.EscapeDataString(returnId)}?email={Uri.EscapeDataString(email)}"), ct);

    /// <summary>Follows the return's confirmation link, signed here exactly as the host signs the one in its email.</summary>
    public Task<(int Status, string Body)> ConfirmAsync(string returnId, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, _baseUrl + HostRequests.ConfirmationPath(_linkKey, returnId)), ct);

    private Task<(int Status, string Body)> PostAsync(string path, byte[] body, bool admin, string? signature, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        if (admin)
            request.Headers.Add("x-api-key", _apiKey);
        if (signature is not null)
            request.Headers.Add("X-Returns-Signature", signature);
        return SendAsync(request, ct);
    }

    private async Task<(int Status, string Body)> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request, ct);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
        }
    }

    private static byte[] JsonBytes(JsonObject json) => Encoding.UTF8.GetBytes(json.ToJsonString());

    /// <summary>As the host reads RETURNS_LINK_SIGNING_KEY: base64 of 32 bytes or more as bytes, anything else as UTF-8 text.</summary>
    public void Dispose() => _http.Dispose();
}
