using System.Text.Json;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Integrations;

/// <summary>
/// The workflow's notifier: it only stores the email in the integration outbox (keyed by the email's id, so a retried
/// step stores it once) and wakes this process's dispatcher, which hands it to the mail service with retries, back-off
/// and a dead letter. So a workflow step never fails, and is never held up, because the mail service is down.
/// </summary>
public sealed class OutboxEmailNotifier(IIntegrationOutbox outbox, IntegrationDispatcher dispatcher, TimeProvider clock) : INotifier
{
    /// <summary>The outbox type of a stored email; the dispatcher sends these to the mail service only.</summary>
    public const string EmailType = "returns.email";

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        await outbox.StoreAsync(new IntegrationEvent(
            "email-" + message.Id, EmailType, "emails/" + message.Id, clock.GetUtcNow(), JsonSerializer.Serialize(message, JsonSerializerOptions.Web)), cancellationToken);
        dispatcher.Signal();
    }

    /// <summary>The email stored in an outbox event's CloudEvents JSON.</summary>
    public static EmailMessage Read(OutboundEvent stored)
    {
        using var document = JsonDocument.Parse(stored.Body);
        return document.RootElement.GetProperty("data").Deserialize<EmailMessage>(JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Outbox event {stored.Id} holds no email.");
    }
}
