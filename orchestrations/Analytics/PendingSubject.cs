namespace Returns.Orchestrations.Analytics;

/// <summary>
/// A subject whose analytics update waits to be applied: <see cref="Periods"/> are the months it touches (an order
/// moved to another month also clears the old one), <see cref="Token"/> confirms exactly this mark.
/// </summary>
public sealed record PendingSubject(string Subject, IReadOnlyList<string> Periods, DateTimeOffset Since, string Token);
