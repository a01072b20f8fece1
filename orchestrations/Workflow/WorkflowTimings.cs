namespace Returns.Orchestrations.Workflow;

/// <summary>
/// Every duration the workflow waits for, passed in through the input so the orchestrator reads no
/// configuration and tests can run the whole life of a return in seconds.
/// </summary>
public sealed record WorkflowTimings(
    TimeSpan ConfirmationTimeout,
    TimeSpan ApprovalTimeout,
    TimeSpan LabelReminder,
    TimeSpan LabelExpiry,
    TimeSpan InspectionTimeout)
{
    public static WorkflowTimings Default { get; } = new(
        ConfirmationTimeout: TimeSpan.FromDays(2),
        ApprovalTimeout: TimeSpan.FromDays(2),
        LabelReminder: TimeSpan.FromDays(3),
        LabelExpiry: TimeSpan.FromDays(14),
        InspectionTimeout: TimeSpan.FromDays(5));

    /// <summary>How long a parcel may sit in a customs hold before the merchant is told to act.</summary>
    public TimeSpan CustomsHoldSla { get; init; } = TimeSpan.FromDays(5);

    /// <summary>How long before the law's refund deadline the merchant is warned when the refund has not gone out.</summary>
    public TimeSpan RefundDeadlineWarning { get; init; } = TimeSpan.FromDays(2);

    /// <summary>How long an instant exchange's replacement waits for the returned goods before it is charged.</summary>
    public TimeSpan InstantExchangeArrivalTimeout { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How many times the merchant is reminded of a late inspection before the workflow just waits.</summary>
    public int MaxInspectionReminders { get; init; } = 3;

    /// <summary>First wait before an activity that failed is tried again (then doubling, up to a minute).</summary>
    public TimeSpan ActivityRetryInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times an activity is tried before the workflow treats it as failed.</summary>
    public int ActivityAttempts { get; init; } = 5;

    /// <summary>
    /// After a partner step failed all its attempts and was parked for the merchant, the wait before it is tried again
    /// by itself (doubling each round, <see cref="ParkedAutoRetries"/> rounds); the merchant may retry it sooner.
    /// </summary>
    public TimeSpan ParkedRetryInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Rounds a parked step is retried by itself. Then a label gives up (the return is cancelled) and a refund or an
    /// exchange waits for the merchant's retry, since the customer is owed it.
    /// </summary>
    public int ParkedAutoRetries { get; init; } = 3;
}
