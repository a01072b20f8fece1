using Returns.Orchestrations.Analytics;

namespace Returns.Orchestrations.Ports;

/// <summary>
/// Analytics facts and the incremental aggregates kept from them. Applying a subject's update changes the cells by the
/// difference from what the subject contributed before, atomically with the record of that contribution, so a retry,
/// a replay or two writers at once never count anything twice.
/// </summary>
public interface IAnalyticsStore
{
    /// <summary>Applies the update; returns the new state of every cell it changed.</summary>
    Task<IReadOnlyList<AnalyticsCell>> ApplyAsync(SubjectUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Applies many updates, several to a transaction (one per subject and month: the last given wins).</summary>
    Task<IReadOnlyList<AnalyticsCell>> ApplyAllAsync(IReadOnlyList<SubjectUpdate> updates, CancellationToken cancellationToken = default);

    /// <summary>The months that have cells, oldest first.</summary>
    Task<IReadOnlyList<string>> PeriodsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every cell of one month (the aggregates only, never the facts).</summary>
    Task<IReadOnlyList<AnalyticsCell>> ReadPeriodAsync(string period, CancellationToken cancellationToken = default);

    /// <summary>Stores the facts of a return: one row per line and one for the return (its stages and amounts).</summary>
    Task SaveFactsAsync(ReturnFact fact, CancellationToken cancellationToken = default);

    Task<ReturnFact?> GetFactsAsync(string returnId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Notes that the subject's aggregates are to be brought up to date with its facts, in the given months (with
    /// <paramref name="keepPeriods"/>, also in those of a mark not yet applied); returns a token for <see cref="ClearPendingAsync"/>.
    /// </summary>
    Task<string> MarkPendingAsync(string subject, IReadOnlyList<string> periods, bool keepPeriods = false, CancellationToken cancellationToken = default);

    /// <summary>Confirms the update marked with <paramref name="token"/>; a mark made since by another update stays.</summary>
    Task ClearPendingAsync(string subject, string token, CancellationToken cancellationToken = default);

    /// <summary>Marks made before <paramref name="startedBefore"/> and not cleared.</summary>
    Task<IReadOnlyList<PendingSubject>> PendingAsync(DateTimeOffset startedBefore, CancellationToken cancellationToken = default);

    /// <summary>Removes the subject's example comments from the month's theme cells; returns the cells changed (counters unchanged).</summary>
    Task<IReadOnlyList<AnalyticsCell>> RemoveSamplesAsync(string period, string subject, CancellationToken cancellationToken = default);

    /// <summary>Deletes those of the cells that count nothing any more (a keyword only an erased comment had); returns how many.</summary>
    Task<int> DeleteEmptyCellsAsync(string period, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
