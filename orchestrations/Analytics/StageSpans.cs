using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Time spent in each stage, from a return's timeline: a stage lasts from the entry that moved the return into it to
/// the entry that moved it out (notes in between do not count). Terminal stages have no duration; the return's
/// <see cref="ToResolution"/> span runs from the request to the refund, credit or exchange.
/// </summary>
public static class StageSpans
{
    public const string ToResolution = "to_resolution";

    /// <summary>The stages durations are kept for, in the order a return passes them, and the resolution span.</summary>
    public static IReadOnlyList<string> Measured { get; } =
    [
        ReturnStages.AwaitingConfirmation, ReturnStages.AwaitingApproval, ReturnStages.Approved, ReturnStages.LabelIssued,
        ReturnStages.InTransit, ReturnStages.CustomsHold, ReturnStages.Received, ReturnStages.Inspected,
        ReturnStages.RefundIssued, ReturnStages.CreditIssued, ReturnStages.ExchangeShipped, ToResolution,
    ];

    /// <summary>Who the time in a stage waits on, so the dashboard can tell the customer's time from the seller's.</summary>
    public static string WaitsOn(string stage) => stage switch
    {
        ReturnStages.AwaitingConfirmation or ReturnStages.LabelIssued => "customer",
        ReturnStages.AwaitingApproval or ReturnStages.Inspected => "seller",
        ReturnStages.InTransit => "carrier",
        ReturnStages.CustomsHold => "customs",
        ReturnStages.Received => "warehouse",
        ToResolution => "total",
        _ => "system",
    };

    public static IReadOnlyList<StageSpan> Of(IReadOnlyList<TimelineEntry> timeline)
    {
        var seconds = new Dictionary<string, long>(StringComparer.Ordinal);
        string? current = null;
        DateTimeOffset since = default;
        foreach (var entry in timeline)
        {
            if (entry.Stage == current)
                continue;
            if (current is not null && !ReturnStages.IsTerminal(current))
                seconds[current] = seconds.GetValueOrDefault(current) + Math.Max(0, (long)(entry.At - since).TotalSeconds);
            current = entry.Stage;
            since = entry.At;
        }

        var resolved = timeline.FirstOrDefault(e => e.Stage is ReturnStages.RefundIssued or ReturnStages.CreditIssued or ReturnStages.ExchangeShipped);
        if (resolved is not null && timeline.Count > 0)
            seconds[ToResolution] = Math.Max(0, (long)(resolved.At - timeline[0].At).TotalSeconds);
        return Measured.Where(seconds.ContainsKey).Select(s => new StageSpan(s, seconds[s])).ToArray();
    }
}
