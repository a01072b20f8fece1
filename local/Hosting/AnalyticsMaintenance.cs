using Returns.Orchestrations.Analytics;

namespace Returns.Local.Hosting;

/// <summary>
/// Loads the analytics aggregates into memory at start-up, so the first dashboard request finds them ready, then
/// applies pending analytics marks as they come: a round as soon as something is marked (after a short pause that
/// lets a burst gather into one round), and every few seconds for marks a crash left behind.
/// </summary>
public sealed class AnalyticsMaintenance(AnalyticsCube cube, AnalyticsAggregator aggregator) : BackgroundService
{
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _ = cube.LoadAsync();
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await aggregator.WaitForMarksAsync(IdleCheck, stoppingToken))
                await Task.Delay(Gather, stoppingToken);
            await aggregator.TryApplyPendingAsync(stoppingToken);
        }
    }
}
