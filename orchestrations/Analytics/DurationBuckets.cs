namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Log-scale histogram buckets for stage durations, so medians and 90th percentiles can be kept incrementally and
/// merged across months, markets and carriers. Bucket 0 holds under a minute; bucket k ≥ 1 holds
/// [60·1.25^(k-1), 60·1.25^k) seconds, so an estimate is within 12.5 % of the true value; 80 buckets reach past a year.
/// </summary>
public static class DurationBuckets
{
    public const int Count = 80;
    private const double FirstBound = 60;
    private const double Growth = 1.25;

    public static int Of(long seconds)
    {
        if (seconds < FirstBound)
            return 0;
        var k = 1 + (int)Math.Floor(Math.Log(seconds / FirstBound) / Math.Log(Growth) + 1e-9);
        return Math.Min(k, Count - 1);
    }

    public static double Lower(int bucket) => bucket == 0 ? 0 : FirstBound * Math.Pow(Growth, bucket - 1);

    public static double Upper(int bucket) => FirstBound * Math.Pow(Growth, bucket);

    /// <summary>
    /// The q-quantile (0..1) of the durations counted in <paramref name="buckets"/>, interpolated inside its bucket
    /// (geometrically above the first); null when nothing was counted.
    /// </summary>
    public static double? Quantile(IReadOnlyList<long> buckets, double q)
    {
        var total = buckets.Sum();
        if (total == 0)
            return null;
        var rank = q * total;
        long seen = 0;
        for (var b = 0; b < buckets.Count; b++)
        {
            if (buckets[b] == 0)
                continue;
            if (seen + buckets[b] >= rank)
            {
                var within = Math.Clamp((rank - seen) / buckets[b], 0, 1);
                return b == 0 ? FirstBound * within : Lower(b) * Math.Pow(Growth, within);
            }

            seen += buckets[b];
        }

        return Upper(buckets.Count - 1);
    }
}
