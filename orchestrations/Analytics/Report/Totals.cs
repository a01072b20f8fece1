namespace Returns.Orchestrations.Analytics.Report;

/// <summary>Counters added up for one group of cells of one kind (a SKU, a market, a month), with what names the group.</summary>
internal sealed class Totals(string kind)
{
    private readonly CounterSpace _space = CounterSpace.For(kind);
    private long[] _values = new long[CounterSpace.For(kind).Count];

    public string? Label { get; set; }
    public string? Category { get; set; }
    public string? Product { get; set; }
    public List<CommentSample> Samples { get; } = [];

    public void Add(CachedCell cell) => cell.AddTo(ref _values);

    public void Add(Totals other)
    {
        if (other._values.Length > _values.Length)
            Array.Resize(ref _values, other._values.Length);
        for (var i = 0; i < other._values.Length; i++)
            _values[i] += other._values[i];
    }

    public long this[string counter]
    {
        get
        {
            var id = _space.Of(counter);
            return id < _values.Length ? _values[id] : 0;
        }
    }

    /// <summary>A counter by its id in the kind's <see cref="CounterSpace"/>.</summary>
    public long ValueOf(int id) => id < _values.Length ? _values[id] : 0;

    /// <summary>Counters whose names start with <paramref name="prefix"/>, by the rest of the name (non-zero only).</summary>
    public IEnumerable<(string Name, long Value)> WithPrefix(string prefix)
    {
        var names = _space.Names;
        for (var id = 0; id < _values.Length && id < names.Count; id++)
        {
            if (_values[id] != 0 && names[id].StartsWith(prefix, StringComparison.Ordinal))
                yield return (names[id][prefix.Length..], _values[id]);
        }
    }
}
