namespace Returns.Orchestrations.Analytics;

/// <summary>
/// The Wilson score interval of a proportion: unlike the normal approximation it stays inside 0..1 and behaves with
/// few trials or rates near 0, which is what small shops' product figures look like.
/// </summary>
public static class ProportionInterval
{
    public static (double Low, double High) Wilson(long successes, long trials, double confidence)
    {
        if (trials <= 0)
            return (0, 1);
        var z = Z(confidence);
        var n = (double)trials;
        var p = Math.Min(successes, trials) / n;
        var centre = p + z * z / (2 * n);
        var spread = z * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        var scale = 1 + z * z / n;
        return (Math.Max(0, (centre - spread) / scale), Math.Min(1, (centre + spread) / scale));
    }

    /// <summary>The two-sided normal quantile for the usual confidence levels.</summary>
    public static double Z(double confidence) => confidence switch
    {
        >= 0.999 => 3.291,
        >= 0.99 => 2.576,
        >= 0.98 => 2.326,
        >= 0.95 => 1.960,
        >= 0.90 => 1.645,
        >= 0.80 => 1.282,
        _ => 1.0,
    };
}
