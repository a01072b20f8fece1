using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Outbox;

/// <summary>Emails go to the local outbox when no SendGrid key is configured.</summary>
public sealed class OutboxNotifier(TableOutbox outbox, TimeProvider clock) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) =>
        outbox.AddAsync(new OutboxItem(message.Id, "email", message.To, message.Subject, message.Text, message.Html, message.Links, clock.GetUtcNow()), cancellationToken);
}
