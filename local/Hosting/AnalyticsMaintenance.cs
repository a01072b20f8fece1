using Returns.Orchestrations.Analytics;

namespace Returns.Local.Hosting;

/// <summary>
/// Loads the analytics aggregates into memory at start-up, so the first dashboard request finds them ready, then
/// every minute finishes analytics updates that were interrupted (a crash between marking and confirming one).
/// </summary>
public sealed partial class AnalyticsMaintenance(AnalyticsCube cube, AnalyticsRecorder recorder, ILogger<AnalyticsMaintenance> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await cube.LoadAsync().WaitAsync(stoppingToken);
                var finished = await recorder.FinishPendingAsync(Interval, stoppingToken);
                if (finished > 0)
                    LogFinished(finished);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e.GetType().Name);
            }

            await Task.Delay(Interval, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Finished {Count} interrupted analytics updates")]
    private partial void LogFinished(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics maintenance failed ({Error}); trying again in a minute")]
    private partial void LogFailed(string error);
}
