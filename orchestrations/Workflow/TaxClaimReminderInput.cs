namespace Returns.Orchestrations.Workflow;

/// <summary>
/// How often the claim-reminder process looks for deadlines, and how many days before a deadline it writes to the
/// merchant (each lead time once per claim).
/// </summary>
public sealed record TaxClaimReminderInput(TimeSpan Interval, IReadOnlyList<int> LeadDays)
{
    public static TaxClaimReminderInput Default { get; } = new(TimeSpan.FromDays(1), [30, 7]);
}
