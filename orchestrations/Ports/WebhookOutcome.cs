namespace Returns.Orchestrations.Ports;

/// <summary>
/// How a webhook answered: delivered (2xx), worth retrying (timeout, 5xx, 408, 429; <see cref="RetryAfter"/> when the
/// endpoint said when), or rejected for good (any other 4xx).
/// </summary>
public sealed record WebhookOutcome(WebhookResult Result, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static WebhookOutcome Delivered { get; } = new(WebhookResult.Delivered);
}
