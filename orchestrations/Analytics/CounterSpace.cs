using System.Collections.Concurrent;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Numbers counter names once per process and cell kind, so cached cells hold counters as small sorted arrays and a
/// report adds them into dense arrays instead of hashing names for every cell. Each kind has its own numbering: a
/// SKU's totals stay a few dozen slots long however many stage-histogram counters exist.
/// </summary>
public sealed class CounterSpace
{
    private static readonly ConcurrentDictionary<string, CounterSpace> Spaces = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private string[] _names = [];

    public static CounterSpace For(string kind) => Spaces.GetOrAdd(kind, _ => new CounterSpace());

    public int Count => Volatile.Read(ref _names).Length;

    public int Of(string name)
    {
        if (_ids.TryGetValue(name, out var id))
            return id;
        lock (_gate)
        {
            if (_ids.TryGetValue(name, out id))
                return id;
            id = _names.Length;
            Volatile.Write(ref _names, [.. _names, name]);
            _ids[name] = id;
            return id;
        }
    }

    /// <summary>The names so far, by id (a snapshot: ids are never reused).</summary>
    public IReadOnlyList<string> Names => Volatile.Read(ref _names);
}
