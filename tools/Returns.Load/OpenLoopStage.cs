using System.Diagnostics;

namespace Returns.Load;

/// <summary>
/// Sends requests open loop: request i is due at start + i / rate whatever happened to the ones before, so a slow
/// answer does not slow the arrivals (no coordinated omission), and its latency counts from when it was due, not from
/// when the generator got round to sending it. Bounded: rate × duration requests, at most <c>maxInFlight</c> at once
/// (a request due while that many are open is counted as not sent), each cut off after the request timeout.
/// </summary>
internal sealed class OpenLoopStage(double rate, TimeSpan duration, int maxInFlight, TimeSpan requestTimeout)
{
    public async Task<StageResult> RunAsync(string kind, Func<int, CancellationToken, Task<RequestOutcome>> send, CancellationToken ct)
    {
        var planned = Math.Max(1, (int)Math.Round(rate * duration.TotalSeconds));
        var latencies = new LatencyRecorder(planned);
        var counts = new int[5]; // expected, 4xx, 429, 5xx, failed (no answer, a timeout or an unexpected one)
        var inFlight = 0;
        var notSent = 0;
        long maxLag = 0;
        var tasks = new List<Task>(planned);
        var spacing = Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        long lastAnswer = start;

        for (var i = 0; i < planned; i++)
        {
            var due = start + (long)(i * spacing);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000)
                await Task.Delay(TimeSpan.FromTicks(wait * TimeSpan.TicksPerSecond / Stopwatch.Frequency), ct);
            var lag = Stopwatch.GetTimestamp() - due;
            if (lag > maxLag)
                maxLag = lag;
            if (Volatile.Read(ref inFlight) >= maxInFlight)
            {
                notSent++;
                continue;
            }

            Interlocked.Increment(ref inFlight);
            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(requestTimeout);
                RequestOutcome outcome;
                try
                {
                    outcome = await send(index, timeout.Token);
                }
                catch (Exception) when (!ct.IsCancellationRequested)
                {
                    outcome = RequestOutcome.Failed;
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }

                var now = Stopwatch.GetTimestamp();
                latencies.Record(now - due);
                InterlockedMax(ref lastAnswer, now);
                Interlocked.Increment(ref counts[Bucket(outcome)]);
            }, CancellationToken.None));
        }

        await Task.WhenAll(tasks);
        var seconds = Math.Max(duration.TotalSeconds, (Volatile.Read(ref lastAnswer) - start) / (double)Stopwatch.Frequency);
        var sent = tasks.Count;
        return new StageResult(
            kind, rate, seconds, planned, sent, counts[0], counts[1], counts[2], counts[3], counts[4], notSent,
            (sent - counts[4]) / seconds,
            latencies.Milliseconds(50), latencies.Milliseconds(95), latencies.Milliseconds(99), latencies.MaxMilliseconds,
            LatencyRecorder.ToMilliseconds(maxLag));
    }

    private static int Bucket(RequestOutcome outcome) => outcome switch
    {
        { Status: 0 } => 4,
        { Expected: true } => 0,
        { Status: 429 } => 2,
        { Status: >= 500 } => 3,
        { Status: >= 400 } => 1,
        _ => 4, // an unexpected success code is as wrong as no answer for a stage that knows what it expects
    };

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
                return;
            current = seen;
        }
    }
}
