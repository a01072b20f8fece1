namespace Returns.Orchestrations.Analytics;

/// <summary>Time a return spent in one stage (summed when it was there more than once), in whole seconds.</summary>
public sealed record StageSpan(string Stage, long Seconds);
