namespace Returns.Orchestrations.Privacy;

/// <summary>
/// How many records of each kind an erasure erased, anonymised and retained. Every kind is always present (zero when
/// nothing of it was found), so an unknown customer gets an answer of the same shape.
/// </summary>
public sealed class ErasureCounts
{
    public SortedDictionary<string, int> Erased { get; } = Zero(ErasureKinds.Erased);

    public SortedDictionary<string, int> Anonymised { get; } = Zero(ErasureKinds.Anonymised);

    public SortedDictionary<string, int> Retained { get; } = Zero(ErasureKinds.Retained);

    public int Total => Erased.Values.Sum() + Anonymised.Values.Sum() + Retained.Values.Sum();

    public static ErasureCounts Of(
        IReadOnlyDictionary<string, int>? erased, IReadOnlyDictionary<string, int>? anonymised, IReadOnlyDictionary<string, int>? retained)
    {
        var counts = new ErasureCounts();
        Add(counts.Erased, erased);
        Add(counts.Anonymised, anonymised);
        Add(counts.Retained, retained);
        return counts;
    }

    /// <summary>These counts plus <paramref name="other"/>'s.</summary>
    public ErasureCounts Plus(ErasureCounts other)
    {
        var sum = Of(Erased, Anonymised, Retained);
        Add(sum.Erased, other.Erased);
        Add(sum.Anonymised, other.Anonymised);
        Add(sum.Retained, other.Retained);
        return sum;
    }

    private static SortedDictionary<string, int> Zero(IEnumerable<string> kinds) =>
        new(kinds.ToDictionary(k => k, _ => 0), StringComparer.Ordinal);

    private static void Add(SortedDictionary<string, int> into, IReadOnlyDictionary<string, int>? counts)
    {
        foreach (var (kind, count) in counts ?? new Dictionary<string, int>())
            into[kind] = into.GetValueOrDefault(kind) + count;
    }
}
