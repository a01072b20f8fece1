namespace Returns.Load;

/// <summary>What one stage of rising load measured: answers by kind, achieved throughput and latency percentiles in milliseconds.</summary>
internal sealed record StageResult(
    string Kind,
    double TargetRate,
    double Seconds,
    int Planned,
    int Sent,
    int Ok,
    int ClientErrors,
    int TooMany,
    int ServerErrors,
    int Failures,
    int NotSent,
    double AchievedRate,
    double P50,
    double P95,
    double P99,
    double Max,
    double MaxLagMs)
{
    /// <summary>CPU seconds each watched process used during the stage (see --cpu), including the generator's own ("load").</summary>
    public IReadOnlyDictionary<string, double> CpuSeconds { get; init; } = new Dictionary<string, double>();

    /// <summary>Answers that are neither the expected success nor a 4xx: a 5xx, a timeout or a broken connection.</summary>
    public int Faults => ServerErrors + Failures;

    /// <summary>The stage kept up: nothing failed or was left unsent, and it reached 95% of the target rate.</summary>
    public bool KeptUp => Faults == 0 && NotSent == 0 && TooMany == 0 && ClientErrors == 0 && AchievedRate >= 0.95 * TargetRate;
}
