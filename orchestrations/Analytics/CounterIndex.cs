using System.Collections.Concurrent;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Numbers counter names once per process, so cached cells hold counters as small sorted arrays and a report adds
/// them into dense arrays instead of hashing names for every cell.
/// </summary>
public static class CounterIndex
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly List<string> Names = [];
    private static readonly object Gate = new();

    public static int Count
    {
        get
        {
            lock (Gate)
                return Names.Count;
        }
    }

    public static int Of(string name)
    {
        if (Ids.TryGetValue(name, out var id))
            return id;
        lock (Gate)
        {
            if (Ids.TryGetValue(name, out id))
                return id;
            Names.Add(name);
            id = Names.Count - 1;
            Ids[name] = id;
            return id;
        }
    }

    public static string Name(int id)
    {
        lock (Gate)
            return Names[id];
    }
}
