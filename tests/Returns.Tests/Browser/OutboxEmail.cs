namespace Returns.Tests.Browser;

/// <summary>One email in the local host's outbox (GET /api/dev/outbox), as a test reads it.</summary>
public sealed record OutboxEmail(string Id, string Kind, string? To, string? Subject, string? Text, string? Html, IReadOnlyList<string> Links, DateTimeOffset At)
{
    /// <summary>The first link whose text contains <paramref name="fragment"/>, e.g. "/api/returns/confirm?token=".</summary>
    public string? LinkContaining(string fragment) =>
        Links.FirstOrDefault(l => l.Contains(fragment, StringComparison.Ordinal));
}
