namespace Returns.Orchestrations.Ports;

/// <summary>Posts integration events to merchant webhooks, signed.</summary>
public interface IWebhookSender
{
    Task<WebhookOutcome> SendAsync(OutboundEvent outboundEvent, Uri url, CancellationToken cancellationToken = default);
}
