using System.Diagnostics;

namespace Returns.Bench;

/// <summary>Spaces status polls of all returns together to at most a given rate (a shared schedule of time slots).</summary>
internal sealed class PollPacer(int perSecond)
{
    private readonly long _spacing = Stopwatch.Frequency / Math.Max(1, perSecond);
    private long _next = Stopwatch.GetTimestamp();

    public async Task WaitTurnAsync(CancellationToken ct)
    {
        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            var current = Volatile.Read(ref _next);
            var slot = Math.Max(current, now);
            if (Interlocked.CompareExchange(ref _next, slot + _spacing, current) != current)
                continue;
            var wait = Stopwatch.GetElapsedTime(now, slot);
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, ct);
            return;
        }
    }
}
