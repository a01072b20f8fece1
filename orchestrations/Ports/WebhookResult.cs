namespace Returns.Orchestrations.Ports;

/// <summary>The kind of answer a destination gave; see <see cref="WebhookOutcome"/>.</summary>
public enum WebhookResult
{
    Delivered,
    Retry,
    Reject,
}
