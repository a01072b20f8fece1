using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Workflow;

namespace Returns.Local.Durable;

/// <summary>
/// Starts the claim-reminder process once the durable worker is up. It runs in the background and retries, so a
/// slow storage start delays the reminders, not the host.
/// </summary>
public sealed partial class TaxClaimReminderStarter(DurableTaskClient client, IOptions<ReturnsSettings> settings, ILogger<TaxClaimReminderStarter> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await TaxClaimReminders.EnsureRunningAsync(client, settings.Value.ToClaimReminders(), stoppingToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < 30)
            {
                LogRetry(attempt, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The tax-claim reminders could not be started yet (attempt {Attempt}, {Error}); retrying")]
    private partial void LogRetry(int attempt, string error);
}
