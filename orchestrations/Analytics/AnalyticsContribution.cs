namespace Returns.Orchestrations.Analytics;

/// <summary>
/// What one subject (a return, an order) adds to the aggregate cells: cell key → counter → amount. The store keeps the
/// contribution it applied last, so applying a new one adds only the difference: updates are idempotent and a return
/// that moves on (approved, then expired) corrects its own earlier counts.
/// </summary>
public sealed class AnalyticsContribution
{
    private readonly SortedDictionary<string, SortedDictionary<string, long>> _cells;

    public AnalyticsContribution() => _cells = new(StringComparer.Ordinal);

    public AnalyticsContribution(IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> cells)
        : this()
    {
        foreach (var (key, counters) in cells)
        {
            foreach (var (counter, amount) in counters)
                Add(key, counter, amount);
        }
    }

    public static AnalyticsContribution Empty { get; } = new();

    public IReadOnlyDictionary<string, SortedDictionary<string, long>> Cells => _cells;

    public bool IsEmpty => _cells.Count == 0;

    /// <summary>Adds to a counter; a counter that comes to zero is dropped, and a cell with no counters left too.</summary>
    public AnalyticsContribution Add(string cell, string counter, long amount)
    {
        if (amount == 0)
            return this;
        if (!_cells.TryGetValue(cell, out var counters))
            _cells[cell] = counters = new(StringComparer.Ordinal);
        var total = checked(counters.GetValueOrDefault(counter) + amount);
        if (total == 0)
        {
            counters.Remove(counter);
            if (counters.Count == 0)
                _cells.Remove(cell);
        }
        else
        {
            counters[counter] = total;
        }

        return this;
    }

    public AnalyticsContribution AddAll(AnalyticsContribution other, long factor = 1)
    {
        foreach (var (cell, counters) in other._cells)
        {
            foreach (var (counter, amount) in counters)
                Add(cell, counter, checked(amount * factor));
        }

        return this;
    }

    /// <summary>What must be added to the cells to go from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static AnalyticsContribution Difference(AnalyticsContribution after, AnalyticsContribution before) =>
        new AnalyticsContribution().AddAll(after).AddAll(before, -1);

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> ToDictionary() =>
        _cells.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, long>)c.Value, StringComparer.Ordinal);
}
