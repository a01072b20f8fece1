namespace Returns.Orchestrations.Ports;

public sealed record EmailMessage(string Id, string To, string? ToName, string Subject, string Text, string Html, IReadOnlyList<string> Links);
