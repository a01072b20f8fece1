using System.Text.Json;

namespace Returns.Load;

/// <summary>Everything a run measured, the targets it was held against, and its verdict.</summary>
internal sealed record LoadReport(
    IReadOnlyList<StageResult> Stages,
    ReflectionResult? Reflection,
    int WebhookRepeats,
    int WebhookUnmatched,
    double SeedSeconds,
    string? Aborted)
{
    /// <summary>
    /// Correctness only: nothing answered 5xx, every accepted event reflected once. Requests left unanswered at the
    /// request timeout or not sent are overload, shown per stage and in the targets (the smoke run asserts none).
    /// </summary>
    public bool Correct => Aborted is null && Stages.All(s => s.ServerErrors == 0) && WebhookUnmatched == 0 && (Reflection?.Complete ?? true);

    public int ExitCode => Correct ? 0 : 1;

    /// <summary>Portal lookups: p95 under 50 ms at 200 requests/s.</summary>
    public string LookupTarget => Verdict(Stages.FirstOrDefault(s => s.Kind == "lookup" && s.TargetRate >= 200) is { } s
        ? (s.KeptUp && s.P95 < 50, $"p95 {s.P95:0.0} ms at {s.AchievedRate:0} requests/s")
        : null);

    /// <summary>Carrier webhooks: 300 events/s or more with p99 under 100 ms, every accepted event reflected.</summary>
    public string WebhookTarget
    {
        get
        {
            var best = Stages.Where(s => s.Kind == "webhook" && s.KeptUp && s.P99 < 100).MaxBy(s => s.TargetRate);
            var at300 = Stages.FirstOrDefault(s => s.Kind == "webhook" && s.TargetRate >= 300);
            if (at300 is null)
                return Verdict(null);
            var reflected = Reflection is { } r ? $"reflected {r.Reflected}/{r.Accepted}" : "not checked";
            return Verdict((best is not null && best.TargetRate >= 300 && (Reflection?.Complete ?? false),
                $"highest rate kept with p99 < 100 ms: {(best is null ? "none" : $"{best.TargetRate:0} events/s")}; at {at300.TargetRate:0}/s p99 {at300.P99:0.0} ms; {reflected}"));
        }
    }

    public void Print(TextWriter o)
    {
        o.WriteLine();
        o.WriteLine("stage            target/s  sent    ok  4xx  429  5xx  fail  unsent  achieved/s   p50 ms   p95 ms   p99 ms   max ms  lag ms  cpu s");
        foreach (var s in Stages)
        {
            o.WriteLine($"{s.Kind,-15}{s.TargetRate,10:0}{s.Sent,6}{s.Ok,6}{s.ClientErrors,5}{s.TooMany,5}{s.ServerErrors,5}{s.Failures,6}{s.NotSent,8}" +
                $"{s.AchievedRate,12:0.0}{s.P50,9:0.0}{s.P95,9:0.0}{s.P99,9:0.0}{s.Max,9:0.0}{s.MaxLagMs,8:0}  " +
                string.Join(" ", s.CpuSeconds.Select(c => $"{c.Key} {c.Value:0.0}")));
        }

        o.WriteLine();
        if (Reflection is { } r)
        {
            o.WriteLine($"reflected: {r.Reflected}/{r.Accepted} accepted events in their return's timeline ({r.Seconds:0.0} s after the last webhook stage), " +
                $"{r.Doubled} counted twice; {WebhookRepeats} repeated event ids sent, {WebhookUnmatched} unmatched");
            if (r.CpuSeconds.Count > 1)
                o.WriteLine($"  cpu s while they were worked off: {string.Join(", ", r.CpuSeconds.Select(c => $"{c.Key} {c.Value:0.0}"))}");
            foreach (var m in r.Missing)
                o.WriteLine($"  missing {m}");
        }

        o.WriteLine($"target: lookup p95 < 50 ms at 200/s: {LookupTarget}");
        o.WriteLine($"target: webhooks >= 300/s with p99 < 100 ms, all reflected: {WebhookTarget}");
        if (Aborted is not null)
            o.WriteLine($"ABORTED: {Aborted}");
        var overloaded = Stages.Where(s => s.Failures > 0 || s.NotSent > 0).Select(s => $"{s.Kind} {s.TargetRate:0}/s").ToArray();
        if (overloaded.Length > 0)
            o.WriteLine($"overload (requests unanswered within the timeout or not sent): {string.Join(", ", overloaded)}");
        o.WriteLine(Correct ? "correct: no 5xx, every accepted event reflected once" : "NOT CORRECT: see the 5xx column, the reflection line and ABORTED");
    }

    public void WriteJson(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));

    private static string Verdict((bool Met, string Detail)? check) =>
        check is not { } c ? "not measured" : c.Met ? $"met ({c.Detail})" : $"NOT met ({c.Detail})";
}
