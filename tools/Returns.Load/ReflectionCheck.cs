using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Returns.Load;

/// <summary>How many accepted events reached their return's timeline, how many more than once, and how long it took.</summary>
internal sealed record ReflectionResult(int Accepted, int Reflected, int Doubled, double Seconds, IReadOnlyList<string> Missing)
{
    /// <summary>CPU seconds the watched processes used while the events were worked off (see --cpu).</summary>
    public IReadOnlyDictionary<string, double> CpuSeconds { get; init; } = new Dictionary<string, double>();

    public bool Complete => Reflected == Accepted && Doubled == 0;
}

/// <summary>
/// Reads the timelines of the returns that got events (GET /api/returns/{id}, as the customer would) until every
/// accepted event id shows up in a note, or the timeout. An id found in two notes counts as doubled.
/// </summary>
internal sealed class ReflectionCheck(LoadApi api, WebhookLedger ledger, TextWriter log)
{
    public async Task<ReflectionResult> RunAsync(TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var expected = ledger.Accepted.GroupBy(a => a.Value).ToDictionary(g => g.Key, g => g.Select(a => a.Key).ToHashSet(StringComparer.Ordinal));
        var accepted = expected.Values.Sum(s => s.Count);
        var missing = expected.ToDictionary(e => e.Key, e => new HashSet<string>(e.Value, StringComparer.Ordinal));
        var doubled = new HashSet<string>(StringComparer.Ordinal);
        var lastReport = TimeSpan.Zero;
        while (true)
        {
            var open = missing.Where(m => m.Value.Count > 0).Select(m => m.Key).ToArray();
            await Parallel.ForEachAsync(open, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (index, token) =>
            {
                var target = ledger.Returns[index];
                var (status, body) = await api.GetReturnAsync(target.ReturnId, target.Email, token);
                if (status != 200)
                    return;
                var counts = CountIds(JsonNode.Parse(body)?["timeline"] as JsonArray);
                lock (missing)
                {
                    missing[index].RemoveWhere(counts.ContainsKey);
                    doubled.UnionWith(counts.Where(c => c.Value > 1 && expected[index].Contains(c.Key)).Select(c => c.Key));
                }
            });

            var left = missing.Values.Sum(s => s.Count);
            if (left == 0 || clock.Elapsed > timeout)
            {
                return new ReflectionResult(accepted, accepted - left, doubled.Count, clock.Elapsed.TotalSeconds,
                    [.. missing.SelectMany(m => m.Value.Select(id => $"{id} ({ledger.Returns[m.Key].ReturnId})")).Order().Take(20)]);
            }

            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(10))
            {
                lastReport = clock.Elapsed;
                log.WriteLine($"  [{clock.Elapsed.TotalSeconds,4:0}s] reflected {accepted - left}/{accepted}");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }

    private Dictionary<string, int> CountIds(JsonArray? timeline)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in timeline ?? [])
        {
            var note = entry?["note"]?.GetValue<string>();
            if (note is null)
                continue;
            for (var at = note.IndexOf(ledger.EventIdPrefix, StringComparison.Ordinal); at >= 0; at = note.IndexOf(ledger.EventIdPrefix, at + 1, StringComparison.Ordinal))
            {
                var end = at + ledger.EventIdPrefix.Length;
                while (end < note.Length && char.IsAsciiDigit(note[end]))
                    end++;
                var id = note[at..end];
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        return counts;
    }
}
