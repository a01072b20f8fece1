using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Returns.Adapters.Events;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Webhooks;

/// <summary>
/// Posts the CloudEvents JSON to a merchant webhook, signed with RETURNS_WEBHOOK_SIGNING_SECRET (see
/// <see cref="WebhookSignature"/>). 2xx is delivered; a timeout (10 s), a network error, 5xx, 408 and 429 are worth
/// retrying (after Retry-After when given); any other 4xx is a rejection the endpoint will not change its mind about.
/// </summary>
public sealed class HttpWebhookSender(HttpClient http, byte[] secret, TimeProvider clock) : IWebhookSender
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<WebhookOutcome> SendAsync(OutboundEvent outboundEvent, Uri url, CancellationToken cancellationToken = default)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(outboundEvent.Body, Encoding.UTF8, new MediaTypeHeaderValue(CloudEventJson.ContentType)),
        };
        request.Headers.Add(WebhookSignature.EventIdHeader, outboundEvent.Id);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, outboundEvent.Body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
                return WebhookOutcome.Delivered;
            var error = $"HTTP {status}";
            if (status is >= 500 or 408 or 429)
                return new WebhookOutcome(WebhookResult.Retry, error, RetryAfter(response));
            return new WebhookOutcome(WebhookResult.Reject, error);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookOutcome(WebhookResult.Retry, $"No answer within {Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return new WebhookOutcome(WebhookResult.Retry, e.HttpRequestError == HttpRequestError.Unknown ? "Request failed" : e.HttpRequestError.ToString());
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } header)
            return null;
        var wait = header.Delta ?? (header.Date is { } date ? date - clock.GetUtcNow() : null);
        // Bounded: an endpoint may not park a delivery for more than a day, nor ask for an immediate hammering.
        return wait is { } w ? TimeSpan.FromSeconds(Math.Clamp(w.TotalSeconds, 1, TimeSpan.FromDays(1).TotalSeconds)) : null;
    }
}
