using System.Collections.Concurrent;

namespace Returns.Api.Security;

/// <summary>
/// Counts failed guest lookups per client in a sliding window, so nobody can walk order numbers and
/// emails. Successful lookups are not limited.
/// </summary>
public sealed class GuestLookupLimiter(TimeProvider clock, int maxFailures, TimeSpan window)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new();

    public bool IsBlocked(string client)
    {
        if (!_failures.TryGetValue(client, out var times))
            return false;
        lock (times)
        {
            Trim(times);
            return times.Count >= maxFailures;
        }
    }

    public void RecordFailure(string client)
    {
        var times = _failures.GetOrAdd(client, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            Trim(times);
            times.Enqueue(clock.GetUtcNow());
        }

        if (_failures.Count > 100_000)
            _failures.Clear(); // bounded memory under a flood; the flood is blocked again quickly
    }

    public TimeSpan Window => window;

    public int MaxFailures => maxFailures;

    private void Trim(Queue<DateTimeOffset> times)
    {
        var cutoff = clock.GetUtcNow() - window;
        while (times.Count > 0 && times.Peek() < cutoff)
            times.Dequeue();
    }
}
