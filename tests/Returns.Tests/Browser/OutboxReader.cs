using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Returns.Tests.Browser;

/// <summary>
/// Reads the local host's outbox, GET /api/dev/outbox: the emails (and integration events) it would have sent,
/// newest first. Browser flow tests use it to follow the links a customer would get by email.
/// </summary>
public sealed class OutboxReader(HttpClient http)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>The newest <paramref name="max"/> emails, newest first (integration events are left out).</summary>
    public async Task<IReadOnlyList<OutboxEmail>> ListEmailsAsync(int max = 200, CancellationToken cancellationToken = default)
    {
        var json = await http.GetStringAsync($"/api/dev/outbox?max={max.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
        var items = JsonNode.Parse(json)?.AsArray() ?? [];
        return items
            .Where(i => i?["kind"]?.GetValue<string>() == "email")
            .Select(i => Read(i!.AsObject()))
            .OrderByDescending(e => e.At)
            .ToList();
    }

    /// <summary>
    /// The newest email to <paramref name="to"/> (case-insensitive) one of whose links contains
    /// <paramref name="linkFragment"/> (e.g. "/api/returns/confirm?token=") and that <paramref name="where"/> accepts,
    /// polling the outbox for up to <paramref name="timeout"/> (default 30 s); fails listing what the outbox held.
    /// Use <paramref name="where"/> to skip older mails, e.g. <c>e =&gt; e.Subject?.Contains(returnId) == true</c> or
    /// <c>e =&gt; e.At &gt; before</c>.
    /// </summary>
    public async Task<OutboxEmail> WaitForEmailAsync(string to, string linkFragment, Func<OutboxEmail, bool>? where = null,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        IReadOnlyList<OutboxEmail> last = [];
        string? lastError = null;
        while (true)
        {
            try
            {
                last = await ListEmailsAsync(cancellationToken: cancellationToken);
                lastError = null;
                var match = last.FirstOrDefault(e =>
                    string.Equals(e.To, to, StringComparison.OrdinalIgnoreCase)
                    && e.LinkContaining(linkFragment) is not null
                    && (where is null || where(e)));
                if (match is not null)
                    return match;
            }
            catch (HttpRequestException e)
            {
                lastError = e.Message; // the host may be restarting; the deadline decides
            }

            if (clock.Elapsed >= limit)
                break;
            await Task.Delay(PollInterval, cancellationToken);
        }

        var toThem = last.Where(e => string.Equals(e.To, to, StringComparison.OrdinalIgnoreCase))
            .Select(e => $"  {e.At:O} \"{e.Subject}\" links: {string.Join(", ", e.Links)}")
            .ToList();
        Assert.Fail($"No email to {to} with a link containing \"{linkFragment}\"{(where is null ? "" : " (and matching the filter)")} " +
            $"appeared in /api/dev/outbox within {limit.TotalSeconds:0} s." +
            (lastError is null ? "" : $" Last error: {lastError}.") +
            (toThem.Count == 0 ? $" The outbox holds no email to {to}." : $" Emails to {to}:\n" + string.Join('\n', toThem)));
        return null!;
    }

    /// <summary>The link itself: the first link of the newest matching email that contains <paramref name="linkFragment"/>.</summary>
    public async Task<string> WaitForLinkAsync(string to, string linkFragment, Func<OutboxEmail, bool>? where = null,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var email = await WaitForEmailAsync(to, linkFragment, where, timeout, cancellationToken);
        return email.LinkContaining(linkFragment)!;
    }

    private static OutboxEmail Read(JsonObject item) => new(
        item["id"]?.GetValue<string>() ?? "",
        item["kind"]?.GetValue<string>() ?? "",
        item["to"]?.GetValue<string>(),
        item["subject"]?.GetValue<string>(),
        item["text"]?.GetValue<string>(),
        item["html"]?.GetValue<string>(),
        item["links"]?.AsArray().Select(l => l?.GetValue<string>()).OfType<string>().ToList() ?? [],
        item["at"] is { } at ? DateTimeOffset.Parse(at.GetValue<string>(), CultureInfo.InvariantCulture) : DateTimeOffset.MinValue);
}
