using Microsoft.Extensions.Hosting;
using Returns.Orchestrations.Integrations;

namespace Returns.Functions.Background;

/// <summary>
/// Sends an email or integration event as soon as a workflow step on this instance stores it, instead of at the next
/// minute's timer. It only runs when signalled (no polling, so an idle app costs nothing); the timer
/// DispatchIntegrationEvents stays the guarantee for anything stored on an instance that was scaled in meanwhile.
/// </summary>
public sealed class SignalledDispatch(IntegrationDispatcher dispatcher) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await dispatcher.WaitForSignalAsync(Timeout.InfiniteTimeSpan, stoppingToken))
                await dispatcher.TryDispatchPendingAsync(stoppingToken);
        }
    }
}
