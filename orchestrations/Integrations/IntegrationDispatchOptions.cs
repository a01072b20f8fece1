namespace Returns.Orchestrations.Integrations;

/// <summary>Where stored integration events go besides the broker, and how long a destination is retried.</summary>
public sealed class IntegrationDispatchOptions
{
    /// <summary>The merchant webhooks (RETURNS_WEBHOOK_URLS); each gets its own delivery of every event.</summary>
    public IReadOnlyList<Uri> WebhookUrls { get; set; } = [];

    /// <summary>Attempts after which a delivery becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 12;
}
