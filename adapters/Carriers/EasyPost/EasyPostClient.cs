using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Returns.Adapters.Carriers.EasyPost.Api;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// EasyPost's Shipment endpoints over a typed <see cref="HttpClient"/> (base address from the settings). The API key
/// goes as the Basic-auth user name with an empty password, on API requests only: label files are fetched from
/// another host (<c>label_url</c>), which must never see the key. Failures become <see cref="EasyPostException"/>s.
/// </summary>
public sealed class EasyPostClient
{
    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue _auth;

    public EasyPostClient(HttpClient http, EasyPostSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.ApiKey))
            throw new ArgumentException("An EasyPost API key is required.", nameof(settings));
        _http = http;
        _http.BaseAddress ??= settings.BaseAddress;
        _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.ApiKey + ":")));
    }

    public Task<EasyPostShipment> CreateShipmentAsync(EasyPostShipmentRequest shipment, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "shipments", new EasyPostCreateShipment(shipment), cancellationToken);

    public Task<EasyPostShipment> RetrieveShipmentAsync(string shipmentId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, $"shipments/{Uri.EscapeDataString(shipmentId)}", null, cancellationToken);

    public Task<EasyPostShipment> BuyAsync(string shipmentId, string rateId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"shipments/{Uri.EscapeDataString(shipmentId)}/buy",
            new EasyPostBuyRequest(new EasyPostRateRef(rateId)), cancellationToken);

    /// <summary>EasyPost's "refund" is the void: the label can no longer be used and its postage is paid back.</summary>
    public Task<EasyPostShipment> RefundAsync(string shipmentId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"shipments/{Uri.EscapeDataString(shipmentId)}/refund", null, cancellationToken);

    /// <summary>Downloads a label file from its absolute <c>label_url</c>, without credentials.</summary>
    public async Task<byte[]> DownloadLabelAsync(Uri labelUrl, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, labelUrl);
        using var response = await SendRawAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw await EasyPostErrors.FromResponseAsync(response, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private async Task<EasyPostShipment> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = _auth;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
            request.Content = new StringContent(JsonSerializer.Serialize(body, body.GetType(), EasyPostJson.Options), Encoding.UTF8, "application/json");

        using var response = await SendRawAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw await EasyPostErrors.FromResponseAsync(response, cancellationToken);
        // An unreadable success is retried: the retry first looks the shipment up, so nothing is bought twice.
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var shipment = await JsonSerializer.DeserializeAsync<EasyPostShipment>(stream, EasyPostJson.Options, cancellationToken);
            if (shipment is { Id.Length: > 0 })
                return shipment;
        }
        catch (JsonException e)
        {
            throw new EasyPostTransientException("RETURNS.UNREADABLE_ANSWER", $"EasyPost's answer to {method} {path} is not a Shipment: {e.Message}", null, null, e);
        }

        throw new EasyPostTransientException("RETURNS.UNREADABLE_ANSWER", $"EasyPost's answer to {method} {path} has no Shipment id.");
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new EasyPostTransientException("RETURNS.NETWORK", $"{request.Method} {request.RequestUri} failed: {e.Message}", e.StatusCode, null, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EasyPostTransientException("RETURNS.TIMEOUT", $"{request.Method} {request.RequestUri} timed out.", null, null, e);
        }
    }
}
