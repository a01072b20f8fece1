using Microsoft.Extensions.Logging;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Applies the pending analytics marks in batches: for each subject it rebuilds the facts from the stored state
/// (saving a return's facts), then the store applies all their differences together, a few transactions per month
/// however many returns touch the same cells. A mark is cleared only as made, so a subject marked again meanwhile is
/// applied again in the next round. One round at a time per process; the local host runs rounds as soon as something
/// is marked, the Functions app every ten seconds.
/// </summary>
public sealed partial class AnalyticsAggregator
{
    private const int BatchSize = 400;
    private const int Concurrency = 16;
    private const string ReturnPrefix = "r|";
    private const string OrderPrefix = "o|";

    private readonly IAnalyticsStore _store;
    private readonly AnalyticsCube _cube;
    private readonly AnalyticsRecorder _recorder;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _round = new(1, 1);
    private readonly Background.WakeSignal _marked = new();

    public AnalyticsAggregator(IAnalyticsStore store, AnalyticsCube cube, AnalyticsRecorder recorder, TimeProvider clock, ILogger<AnalyticsAggregator> logger)
    {
        (_store, _cube, _recorder, _clock, _logger) = (store, cube, recorder, clock, logger);
        recorder.Marked += _marked.Set;
    }

    /// <summary>Waits until something is marked in this process (true), or <paramref name="timeout"/> passes (false).</summary>
    public Task<bool> WaitForMarksAsync(TimeSpan timeout, CancellationToken cancellationToken) => _marked.WaitAsync(timeout, cancellationToken);

    /// <summary>Applies every pending mark; returns how many.</summary>
    public async Task<int> ApplyPendingAsync(CancellationToken cancellationToken = default)
    {
        await _round.WaitAsync(cancellationToken);
        try
        {
            var total = 0;
            while (true)
            {
                var pending = (await _store.PendingAsync(_clock.GetUtcNow().AddMinutes(1), cancellationToken)).Take(BatchSize).ToArray();
                if (pending.Length == 0)
                    return total;
                var updates = new List<SubjectUpdate>();
                foreach (var batch in pending.Chunk(Concurrency))
                {
                    foreach (var subject in await Task.WhenAll(batch.Select(p => UpdatesAsync(p, cancellationToken))))
                        updates.AddRange(subject);
                }

                _cube.Apply(await _store.ApplyAllAsync(updates, cancellationToken));
                foreach (var batch in pending.Chunk(Concurrency))
                    await Task.WhenAll(batch.Select(p => _store.ClearPendingAsync(p.Subject, p.Token, cancellationToken)));
                total += pending.Length;
                if (pending.Length < BatchSize)
                    return total;
            }
        }
        finally
        {
            _round.Release();
        }
    }

    /// <summary>Applies the pending marks, logging instead of throwing (the marks stay for the next round).</summary>
    public async Task<int> TryApplyPendingAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ApplyPendingAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRoundFailed(e);
            return 0;
        }
    }

    private async Task<IReadOnlyList<SubjectUpdate>> UpdatesAsync(PendingSubject pending, CancellationToken cancellationToken)
    {
        if (pending.Subject.StartsWith(ReturnPrefix, StringComparison.Ordinal))
        {
            var fact = await _recorder.ReturnFactAsync(pending.Subject[ReturnPrefix.Length..], cancellationToken);
            if (fact is null)
                return [];
            await _store.SaveFactsAsync(fact, cancellationToken);
            return [Contributions.ForReturn(fact)];
        }

        if (!pending.Subject.StartsWith(OrderPrefix, StringComparison.Ordinal))
            return [];
        var order = await _recorder.OrderFactAsync(pending.Subject[OrderPrefix.Length..], cancellationToken);
        var update = order is null ? null : Contributions.ForOrder(order);
        var cleared = pending.Periods.Where(p => p != update?.Period)
            .Select(p => new SubjectUpdate(p, pending.Subject, AnalyticsContribution.Empty, new Dictionary<string, CellNote>()));
        return update is null ? [.. cleared] : [update, .. cleared];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An analytics round failed; the pending marks stay for the next one")]
    private partial void LogRoundFailed(Exception exception);
}
