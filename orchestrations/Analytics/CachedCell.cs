namespace Returns.Orchestrations.Analytics;

/// <summary>A cell as the in-memory cube keeps it: the key split into its parts and the counters as sorted id/value arrays.</summary>
public sealed class CachedCell
{
    private CachedCell(string period, string kind, string[] parts, int[] ids, long[] values, long version, string? label, IReadOnlyList<CommentSample> samples)
    {
        Period = period;
        Kind = kind;
        Parts = parts;
        Ids = ids;
        Values = values;
        Version = version;
        Label = label;
        Samples = samples;
    }

    public string Period { get; }
    public string Kind { get; }

    /// <summary>The key's parts after the kind (see <see cref="CellKinds"/> for their order).</summary>
    public string[] Parts { get; }
    public int[] Ids { get; }
    public long[] Values { get; }
    public long Version { get; }
    public string? Label { get; }
    public IReadOnlyList<CommentSample> Samples { get; }

    public static CachedCell From(AnalyticsCell cell)
    {
        var all = CellKinds.Parts(cell.Key);
        var parts = all.Skip(1).Select(string.Intern).ToArray();
        var space = CounterSpace.For(all[0]);
        var pairs = cell.Counters.Select(c => (Id: space.Of(c.Key), c.Value)).OrderBy(p => p.Id).ToArray();
        return new CachedCell(cell.Period, all[0], parts, pairs.Select(p => p.Id).ToArray(), pairs.Select(p => p.Value).ToArray(),
            cell.Version, cell.Label, cell.Samples);
    }

    public long Get(string counter) => Get(CounterSpace.For(Kind).Of(counter));

    public long Get(int id)
    {
        var i = Array.BinarySearch(Ids, id);
        return i >= 0 ? Values[i] : 0;
    }

    /// <summary>Adds every counter into <paramref name="totals"/> (indexed by counter id, grown as needed).</summary>
    public void AddTo(ref long[] totals)
    {
        if (Ids.Length > 0 && Ids[^1] >= totals.Length)
            Array.Resize(ref totals, Math.Max(CounterSpace.For(Kind).Count, Ids[^1] + 1));
        for (var i = 0; i < Ids.Length; i++)
            totals[Ids[i]] += Values[i];
    }
}
