using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Returns.Load;

/// <summary>
/// Builds the carrier events of the webhook stages and keeps which were accepted for which return. Each event has a
/// new id, a later occurredAt than the one before and its id as description; every Nth sends an earlier event again.
/// </summary>
internal sealed class WebhookLedger(string run, IReadOnlyList<LabelledReturn> returns, int duplicateEvery)
{
    private readonly DateTimeOffset _origin = DateTimeOffset.UtcNow;
    private readonly ConcurrentDictionary<string, int> _accepted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, (string EventId, int Return, byte[] Body)> _sent = new();
    private int _sequence = -1;
    private int _repeats;
    private int _unmatched;

    /// <summary>Accepted events (answered 202 and matched to a live return), by event id, with the index of their return.</summary>
    public IReadOnlyDictionary<string, int> Accepted => _accepted;

    public IReadOnlyList<LabelledReturn> Returns => returns;

    public int Repeats => Volatile.Read(ref _repeats);

    /// <summary>Events answered 202 but not matched to their (live) return: a seeded return has a label, so this must stay 0.</summary>
    public int Unmatched => Volatile.Read(ref _unmatched);

    public string EventIdPrefix => $"load-{run}-";

    public async Task<RequestOutcome> SendNextAsync(LoadApi api, CancellationToken ct)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var repeat = duplicateEvery > 0 && sequence % duplicateEvery == duplicateEvery - 1;
        (string EventId, int Return, byte[] Body) scan;
        if (repeat && _sent.TryGetValue(sequence - Math.Max(1, duplicateEvery / 2), out var original))
        {
            scan = original;
            Interlocked.Increment(ref _repeats);
        }
        else
        {
            var index = sequence % returns.Count;
            var eventId = $"{EventIdPrefix}{sequence:D7}";
            scan = (eventId, index, LoadApi.ScanBody(eventId, returns[index].TrackingNumber, _origin.AddMilliseconds(sequence)));
            _sent[sequence] = scan;
        }

        var (status, body) = await api.ScanAsync(scan.Body, ct);
        if (status != 202)
            return new RequestOutcome(status, false);
        var answer = JsonNode.Parse(body);
        var matched = answer?["matched"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        var duplicate = answer?["duplicate"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        if (matched)
            _accepted[scan.EventId] = scan.Return;
        else if (!duplicate)
            Interlocked.Increment(ref _unmatched);
        return new RequestOutcome(status, true);
    }
}
