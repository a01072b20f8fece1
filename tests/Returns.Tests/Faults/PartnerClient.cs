using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Returns.Tests.Faults;

/// <summary>
/// Calls the host as a real partner (shop site, carrier, warehouse) does: a request that fails with a connection error,
/// a timeout or a 5xx answer is sent again, unchanged, with back-off, until <see cref="GiveUpAfter"/>.
/// </summary>
internal sealed class PartnerClient(HttpClient http)
{
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Every answer sent after a failed attempt of the same request.</summary>
    public int Retries => _retries;

    private int _retries;

    public async Task<PartnerAnswer> SendAsync(HttpMethod method, string path, byte[]? body = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var clock = Stopwatch.StartNew();
        var wait = TimeSpan.FromMilliseconds(100);
        var attempts = 0;
        string? lastFailure = null;
        while (true)
        {
            attempts++;
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                request.Headers.TryAddWithoutValidation(name, value);
            try
            {
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode is not (HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
                {
                    if (attempts > 1)
                        Interlocked.Increment(ref _retries);
                    return new PartnerAnswer(response.StatusCode, text, attempts);
                }

                lastFailure = $"{(int)response.StatusCode}: {text}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                lastFailure = e.Message;
            }

            if (clock.Elapsed > GiveUpAfter)
                throw new TimeoutException($"{method} {path} failed for {clock.Elapsed.TotalSeconds:0} s ({attempts} attempts); last: {lastFailure}");
            await Task.Delay(wait);
            wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, 2000));
        }
    }
}

/// <summary>What the host answered in the end; <see cref="Attempts"/> &gt; 1 when earlier attempts failed on the way.</summary>
internal sealed record PartnerAnswer(HttpStatusCode Status, string Body, int Attempts)
{
    public bool Accepted => (int)Status is >= 200 and < 300;
}
