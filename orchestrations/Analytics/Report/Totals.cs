namespace Returns.Orchestrations.Analytics.Report;

/// <summary>Counters added up for one group of cells (a SKU, a market, a month), with what names the group.</summary>
internal sealed class Totals
{
    private long[] _values = new long[Math.Max(64, CounterIndex.Count)];

    public string? Label { get; set; }
    public string? Category { get; set; }
    public List<CommentSample> Samples { get; } = [];

    public void Add(CachedCell cell) => cell.AddTo(ref _values);

    public long this[string counter]
    {
        get
        {
            var id = CounterIndex.Of(counter);
            return id < _values.Length ? _values[id] : 0;
        }
    }

    /// <summary>Counters whose names start with <paramref name="prefix"/>, by the rest of the name (non-zero only).</summary>
    public IEnumerable<(string Name, long Value)> WithPrefix(string prefix)
    {
        for (var id = 0; id < _values.Length; id++)
        {
            if (_values[id] == 0)
                continue;
            var name = CounterIndex.Name(id);
            if (name.StartsWith(prefix, StringComparison.Ordinal))
                yield return (name[prefix.Length..], _values[id]);
        }
    }
}
