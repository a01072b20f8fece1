namespace Returns.Orchestrations.Domain;

public sealed record TimelineEntry(string Stage, DateTimeOffset At, string? Note = null);
