namespace Returns.Adapters.Outbox;

/// <summary>An email or integration event that would have left the machine, as the dev outbox shows it.</summary>
public sealed record OutboxItem(
    string Id,
    string Kind,
    string To,
    string Subject,
    string Text,
    string? Html,
    IReadOnlyList<string> Links,
    DateTimeOffset At);
