using StripeApi = Stripe;

namespace Returns.Adapters.Payments.Stripe;

/// <summary>
/// How the Stripe adapter connects. <see cref="ApiKey"/> is a secret key ("sk_test_..." or "sk_live_...") or a
/// restricted key with write access to Refunds. <see cref="ApiBase"/> is Stripe's API root ("https://api.stripe.com"
/// when null); tests point it at a local stand-in.
/// </summary>
public sealed record StripeSettings(string ApiKey)
{
    public Uri? ApiBase { get; init; }

    /// <summary>
    /// Retries Stripe.net makes itself, with the same Idempotency-Key, after a network error, a 409 or a 5xx
    /// (Stripe.net's default is 2); 0 leaves every retry to the workflow.
    /// </summary>
    public int MaxNetworkRetries { get; init; } = StripeApi.SystemNetHttpClient.DefaultMaxNumberRetries;

    /// <summary>How long one HTTP attempt may take (Stripe.net's default is 80 seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(80);

    /// <summary>A client with its own HTTP connection pool (never the process-wide <c>StripeConfiguration</c>).</summary>
    public StripeApi.StripeClient CreateClient()
    {
        // The pooled-connection lifetime lets a long-lived client notice DNS changes without IHttpClientFactory.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout };
        return new StripeApi.StripeClient(
            ApiKey,
            httpClient: new StripeApi.SystemNetHttpClient(http, MaxNetworkRetries),
            apiBase: ApiBase?.ToString().TrimEnd('/'));
    }
}
