using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Workflow;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Local.Durable;

/// <summary>
/// Starts the background processes (tax-claim reminders, hub consolidation) once the durable worker is up. It runs
/// in the background and retries, so a slow storage start delays them, not the host.
/// </summary>
public sealed partial class BackgroundProcessStarter(
    DurableTaskClient client, RoutingNetworkSource networks, IOptions<ReturnsSettings> settings, ILogger<BackgroundProcessStarter> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var s = settings.Value;
                await BackgroundProcesses.EnsureRunningAsync(
                    client, s.ToClaimReminders(), await networks.CurrentAsync(stoppingToken), s.ConsolidationCheckInterval, stoppingToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < 30)
            {
                LogRetry(attempt, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The background processes could not be started yet (attempt {Attempt}, {Error}); retrying")]
    private partial void LogRetry(int attempt, string error);
}
