using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// The aggregates held in memory, so the dashboard adds up cells without touching storage. Loaded once per process
/// (the local host starts loading at start-up), kept current by this process's own writes at once and by re-reading
/// the recent months every <see cref="AnalyticsOptions.RefreshInterval"/>; of two copies of a cell the higher version wins.
/// </summary>
public sealed partial class AnalyticsCube(IAnalyticsStore store, TimeProvider clock, IOptions<AnalyticsOptions> options, ILogger<AnalyticsCube> logger)
{
    private readonly ILogger _logger = logger;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, CachedCell>> _periods = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private Task? _loading;
    private Task? _refreshing;
    private DateTimeOffset _loadedAt;

    public bool IsLoaded => _loading is { IsCompletedSuccessfully: true };

    /// <summary>Cells in memory, for the dashboard's figures on itself.</summary>
    public int CellCount => _periods.Values.Sum(p => p.Count);

    /// <summary>Starts the first load (once); the task completes when every month is in memory.</summary>
    public Task LoadAsync()
    {
        lock (_gate)
        {
            if (_loading is null || _loading.IsFaulted)
                _loading = Task.Run(() => ReadAsync(all: true));
            return _loading;
        }
    }

    /// <summary>True once loaded (waiting up to <see cref="AnalyticsOptions.LoadWait"/>); starts a refresh when one is due.</summary>
    public async Task<bool> ReadyAsync(CancellationToken cancellationToken)
    {
        var loading = LoadAsync();
        var finished = await Task.WhenAny(loading, Task.Delay(options.Value.LoadWait, cancellationToken));
        if (finished != loading)
            return false;
        await loading;
        RefreshIfDue();
        return true;
    }

    /// <summary>Takes in cells this process just wrote.</summary>
    public void Apply(IEnumerable<AnalyticsCell> cells)
    {
        foreach (var cell in cells)
            Merge(cell);
    }

    /// <summary>The cells of the given months.</summary>
    public IEnumerable<CachedCell> Cells(IEnumerable<string> periods)
    {
        foreach (var period in periods)
        {
            if (_periods.TryGetValue(period, out var cells))
            {
                foreach (var cell in cells.Values)
                    yield return cell;
            }
        }
    }

    public IReadOnlyList<string> Periods => _periods.Keys.Order(StringComparer.Ordinal).ToArray();

    private void RefreshIfDue()
    {
        lock (_gate)
        {
            if (clock.GetUtcNow() - _loadedAt < options.Value.RefreshInterval || _refreshing is { IsCompleted: false })
                return;
            _loadedAt = clock.GetUtcNow();
            _refreshing = Task.Run(() => ReadAsync(all: false));
        }
    }

    private async Task ReadAsync(bool all)
    {
        try
        {
            var started = clock.GetUtcNow();
            var periods = await store.PeriodsAsync();
            var recentFrom = AnalyticsPeriods.Of(started.AddMonths(-(options.Value.RecentMonths - 1)));
            var wanted = all ? periods : periods.Where(p => string.CompareOrdinal(p, recentFrom) >= 0 || !_periods.ContainsKey(p)).ToArray();
            var cells = 0;
            foreach (var batch in wanted.Chunk(4))
            {
                foreach (var loaded in await Task.WhenAll(batch.Select(p => store.ReadPeriodAsync(p))))
                {
                    Replace(loaded);
                    cells += loaded.Count;
                }
            }

            lock (_gate)
                _loadedAt = started;
            LogRead(wanted.Count, cells, (clock.GetUtcNow() - started).TotalMilliseconds);
        }
        catch (Exception e) when (!all)
        {
            LogRefreshFailed(e);
        }
    }

    /// <summary>A month read from storage: newer copies replace cached ones (an emptied cell stays, with no counters).</summary>
    private void Replace(IReadOnlyList<AnalyticsCell> loaded)
    {
        foreach (var cell in loaded)
            Merge(cell);
    }

    private void Merge(AnalyticsCell cell)
    {
        var cells = _periods.GetOrAdd(cell.Period, _ => new ConcurrentDictionary<string, CachedCell>(StringComparer.Ordinal));
        var fresh = CachedCell.From(cell);
        cells.AddOrUpdate(cell.Key, fresh, (_, old) => old.Version >= fresh.Version ? old : fresh);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics read {Periods} months, {Cells} cells in {Milliseconds:F0} ms")]
    private partial void LogRead(int periods, int cells, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics refresh failed; the cached figures stay")]
    private partial void LogRefreshFailed(Exception exception);
}
