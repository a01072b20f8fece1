using Returns.Orchestrations.Integrations;

namespace Returns.Local.Hosting;

/// <summary>Runs the integration dispatcher on the local host: a round every second, or as soon as an event is stored.</summary>
public sealed class IntegrationDispatch(IntegrationDispatcher dispatcher) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await dispatcher.WaitForSignalAsync(Interval, stoppingToken);
            await dispatcher.TryDispatchPendingAsync(stoppingToken);
        }
    }
}
