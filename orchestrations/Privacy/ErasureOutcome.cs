namespace Returns.Orchestrations.Privacy;

/// <summary>
/// What an erasure request did: refused when <see cref="InProgress"/> lists returns (nothing changed), otherwise the
/// counts of this request (all zero for a repeat or an unknown customer). <see cref="Repeat"/>: an earlier request for
/// the same customer had completed.
/// </summary>
public sealed record ErasureOutcome(ErasureRecord Record, bool Repeat, IReadOnlyList<ActiveReturn> InProgress, ErasureCounts Counts)
{
    public bool Refused => InProgress.Count > 0;
}
