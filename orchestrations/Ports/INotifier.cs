namespace Returns.Orchestrations.Ports;

/// <summary>Sends email; <see cref="EmailMessage.Id"/> is stable so a retried send can be recognised.</summary>
public interface INotifier
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
