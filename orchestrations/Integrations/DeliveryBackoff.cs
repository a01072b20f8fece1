namespace Returns.Orchestrations.Integrations;

/// <summary>Exponential back-off between attempts at one destination: 10 s, 30 s, 2 min, 10 min, then hourly.</summary>
public static class DeliveryBackoff
{
    private static readonly TimeSpan[] Steps =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1),
    ];

    /// <summary>The wait after <paramref name="attempts"/> failed attempts (1 = the first failed).</summary>
    public static TimeSpan After(int attempts) => Steps[Math.Clamp(attempts - 1, 0, Steps.Length - 1)];
}
