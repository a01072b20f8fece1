using Returns.Orchestrations.Ports;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Returns.Adapters.Email;

/// <summary>Sends email through SendGrid's v3 mail/send API.</summary>
public sealed class SendGridNotifier(ISendGridClient client, EmailAddress from) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mail = MailHelper.CreateSingleEmail(from, new EmailAddress(message.To, message.ToName), message.Subject, message.Text, message.Html);
        // Lets a retried send be matched with the first one in SendGrid's event webhooks.
        mail.AddCustomArg("emailId", message.Id);
        var response = await client.SendEmailAsync(mail, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // SendGrid's 429 says when the rate limit resets; the dispatcher waits that long.
            var retryAfter = response.Headers?.RetryAfter is { } after
                ? after.Delta ?? (after.Date is { } date ? date - DateTimeOffset.UtcNow : null)
                : null;
            throw new EmailRefusedException($"SendGrid refused the email with status {(int)response.StatusCode}.", response.StatusCode, retryAfter);
        }
    }
}
