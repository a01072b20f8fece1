namespace Returns.Orchestrations.Ports;

/// <summary>
/// The mail service itself (SendGrid, or the local dev outbox): hands one email over, or throws when it is refused
/// (an <see cref="EmailRefusedException"/> says with which status and when to come back). Only the dispatcher calls
/// it; the workflow's <see cref="INotifier"/> just stores the email for the dispatcher.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
