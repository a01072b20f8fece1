using System.Diagnostics;

namespace Returns.Load;

/// <summary>
/// Keeps every latency of a stage (as Stopwatch ticks) and answers exact percentiles from them: nearest rank over the
/// sorted values, as an HdrHistogram would at full precision. A stage holds at most a few thousand values.
/// </summary>
internal sealed class LatencyRecorder
{
    private readonly List<long> _ticks;
    private readonly Lock _gate = new();
    private long[]? _sorted;

    public LatencyRecorder(int capacity = 1024) => _ticks = new List<long>(capacity);

    public int Count
    {
        get
        {
            lock (_gate)
                return _ticks.Count;
        }
    }

    public void Record(long ticks)
    {
        lock (_gate)
        {
            _ticks.Add(Math.Max(0, ticks));
            _sorted = null;
        }
    }

    /// <summary>The latency at <paramref name="percentile"/> (0-100] in milliseconds; 0 when nothing was recorded.</summary>
    public double Milliseconds(double percentile)
    {
        var sorted = Sorted();
        if (sorted.Length == 0)
            return 0;
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return ToMilliseconds(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)]);
    }

    public double MaxMilliseconds => Sorted() is { Length: > 0 } s ? ToMilliseconds(s[^1]) : 0;

    public static double ToMilliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private long[] Sorted()
    {
        lock (_gate)
        {
            if (_sorted is null)
            {
                _sorted = [.. _ticks];
                Array.Sort(_sorted);
            }

            return _sorted;
        }
    }
}
