using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Returns.Tools;

namespace Returns.Bench;

/// <summary>Where the bench gets a return's confirmation link from.</summary>
internal interface IConfirmLinks : IAsyncDisposable
{
    Task<string> GetAsync(string returnId, CancellationToken ct);

    string Describe();
}

/// <summary>
/// Reads confirmation links from GET /api/dev/outbox with one shared poller (never one per return): it polls
/// only while some return waits, reads the newest 1000 items, and matches links to returns by the return id
/// inside the link token, so a link seen before anybody asked for it is kept for later.
/// </summary>
internal sealed class OutboxConfirmLinks : IConfirmLinks
{
    private const string ConfirmPath = "/api/returns/confirm?token=";
    private readonly BenchApi _api;
    private readonly TimeSpan _interval;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _links = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _waiting;
    private long _polls;
    private long _pollMillis;
    private int _lastItemCount;

    public OutboxConfirmLinks(BenchApi api, TimeSpan interval)
    {
        _api = api;
        _interval = interval;
        _loop = Task.Run(LoopAsync);
    }

    public async Task<string> GetAsync(string returnId, CancellationToken ct)
    {
        var link = _links.GetOrAdd(returnId, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (link.Task.IsCompleted)
            return await link.Task;
        Interlocked.Increment(ref _waiting);
        _wake.Release();
        try
        {
            return await link.Task.WaitAsync(ct);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    public string Describe()
    {
        var polls = Interlocked.Read(ref _polls);
        return polls == 0
            ? "outbox: not polled"
            : $"outbox: {polls} polls, {Interlocked.Read(ref _pollMillis) / (double)polls:0} ms per poll on average, {Volatile.Read(ref _lastItemCount)} items in the last answer";
    }

    private async Task LoopAsync()
    {
        var ct = _stop.Token;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (Volatile.Read(ref _waiting) == 0)
                {
                    await _wake.WaitAsync(ct);
                    continue;
                }

                var started = Environment.TickCount64;
                var answer = await _api.OutboxAsync(1000, ct);
                Interlocked.Add(ref _pollMillis, Environment.TickCount64 - started);
                Interlocked.Increment(ref _polls);
                if (answer.IsSuccess)
                    Collect(answer.Body);
                await Task.Delay(_interval, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is BenchException or JsonException)
            {
                await Task.Delay(_interval, CancellationToken.None);
            }
        }
    }

    private void Collect(string body)
    {
        var items = JsonNode.Parse(body)?.AsArray() ?? [];
        Volatile.Write(ref _lastItemCount, items.Count);
        foreach (var item in items)
        {
            if (item?["kind"]?.GetValue<string>() != "email" || item["links"] is not JsonArray links)
                continue;
            foreach (var node in links)
            {
                var link = node?.GetValue<string>();
                var at = link?.IndexOf(ConfirmPath, StringComparison.Ordinal) ?? -1;
                if (link is null || at < 0 || ReturnIdOf(link[(at + ConfirmPath.Length)..]) is not { } returnId)
                    continue;
                _links.GetOrAdd(returnId, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(link);
            }
        }
    }

    /// <summary>The return id inside a link token: base64url(JSON {"R":id,"P":purpose,"E":expiry}) "." signature.</summary>
    private static string? ReturnIdOf(string token)
    {
        var dot = token.IndexOf('.');
        if (dot <= 0)
            return null;
        try
        {
            var claims = JsonNode.Parse(Base64Url.DecodeFromChars(Uri.UnescapeDataString(token[..dot])));
            return claims?["R"]?.GetValue<string>();
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _wake.Dispose();
    }
}

/// <summary>
/// Signs confirmation links itself with the host's link-signing key (the file the local host keeps in its data
/// folder), exactly as the host signs them: no outbox reads at all.
/// </summary>
internal sealed class SignedConfirmLinks(Uri baseUrl, string keyFile) : IConfirmLinks
{
    private readonly byte[] _key = HostRequests.LinkKeyBytes(File.ReadAllText(keyFile).Trim());

    public Task<string> GetAsync(string returnId, CancellationToken ct) =>
        Task.FromResult(baseUrl.ToString().TrimEnd('/') + HostRequests.ConfirmationPath(_key, returnId));

    public string Describe() => $"confirmation links signed locally with {keyFile}";

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
