using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Returns.Load;

/// <summary>
/// Creates what the stages need through the public API only: orders for the lookups and the creations, and returns
/// driven up to label_issued for the webhooks. Seeding is not measured, so it retries what fails transiently.
/// </summary>
internal sealed class Seeder(LoadApi api, string run, TextWriter log)
{
    private const int Attempts = 6;
    private const int Concurrency = 16;

    public static (string OrderNumber, string Email) Customer(string run, string tag, int i) =>
        ($"LOAD-{run}-{tag}{i:D5}", $"load.{run}.{tag.ToLowerInvariant()}{i}@example.de");

    /// <summary>Puts <paramref name="count"/> orders; answers their order numbers and emails.</summary>
    public async Task<IReadOnlyList<(string OrderNumber, string Email)>> OrdersAsync(string tag, int count, CancellationToken ct)
    {
        var customers = Enumerable.Range(1, count).Select(i => Customer(run, tag, i)).ToArray();
        await Parallel.ForEachAsync(customers, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ct },
            async (c, token) => await RetryAsync("POST /api/orders", () => api.PutOrderAsync(LoadApi.OrderBody(c.OrderNumber, c.Email), token), [200, 201], token));
        return customers;
    }

    /// <summary>Requests, confirms and waits for the label of <paramref name="count"/> returns; polls at most about 50 times a second.</summary>
    public async Task<IReadOnlyList<LabelledReturn>> LabelledReturnsAsync(int count, TimeSpan timeout, CancellationToken ct)
    {
        var customers = await OrdersAsync("L", count, ct);
        var pending = new List<(string ReturnId, string Email)>();
        var gate = new Lock();
        await Parallel.ForEachAsync(customers, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ct }, async (c, token) =>
        {
            var accepted = await RetryAsync("POST /api/returns", () => api.RequestReturnAsync(LoadApi.ReturnBody(c.OrderNumber, c.Email), token), [202], token);
            var returnId = JsonNode.Parse(accepted)?["returnId"]?.GetValue<string>() ?? throw new LoadException("POST /api/returns gave no returnId.");
            await RetryAsync("confirmation link", () => api.ConfirmAsync(returnId, token), [200], token);
            lock (gate)
                pending.Add((returnId, c.Email));
        });

        var labelled = new List<LabelledReturn>();
        var deadline = Stopwatch.StartNew();
        var interval = TimeSpan.FromMilliseconds(Math.Max(500, pending.Count * 20));
        while (pending.Count > 0)
        {
            if (deadline.Elapsed > timeout)
                throw new LoadException($"{pending.Count} seeded returns did not reach label_issued within {timeout.TotalSeconds:0} s, e.g. {pending[0].ReturnId}.");
            await Task.Delay(interval, ct);
            var found = new List<LabelledReturn>();
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ct }, async (p, token) =>
            {
                var status = JsonNode.Parse(await RetryAsync("GET /api/returns/{id}", () => api.GetReturnAsync(p.ReturnId, p.Email, token), [200], token));
                var stage = status?["stage"]?.GetValue<string>();
                if (stage is "rejected" or "expired" or "cancelled" or "closed")
                    throw new LoadException($"seeded return {p.ReturnId} ended {stage}.");
                if (status?["label"]?["trackingNumber"]?.GetValue<string>() is { Length: > 0 } tracking && stage is "label_issued")
                {
                    lock (gate)
                        found.Add(new LabelledReturn(p.ReturnId, p.Email, tracking));
                }
            });
            labelled.AddRange(found);
            pending.RemoveAll(p => found.Any(f => f.ReturnId == p.ReturnId));
            log.WriteLine($"  seeded returns with labels: {labelled.Count}/{count}");
        }

        return labelled;
    }

    private static async Task<string> RetryAsync(string what, Func<Task<(int Status, string Body)>> call, int[] expected, CancellationToken ct)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            string problem;
            try
            {
                var (status, body) = await call();
                if (expected.Contains(status))
                    return body;
                problem = $"{status} {(body.Length > 300 ? body[..300] : body)}";
                if (status < 500 && status != 429)
                    throw new LoadException($"{what} answered {problem}");
            }
            catch (HttpRequestException e)
            {
                problem = e.Message;
            }

            if (attempt >= Attempts)
                throw new LoadException($"{what} failed {Attempts} times; last: {problem}");
            await Task.Delay(delay, ct);
            delay *= 2;
        }
    }
}
