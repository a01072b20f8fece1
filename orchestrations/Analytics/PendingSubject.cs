namespace Returns.Orchestrations.Analytics;

/// <summary>A subject whose analytics update was started and not confirmed; <see cref="Periods"/> are the months it touched.</summary>
public sealed record PendingSubject(string Subject, IReadOnlyList<string> Periods, DateTimeOffset Since);
