namespace Returns.Orchestrations.Workflow;

/// <summary><see cref="Attempt"/> tells repeated reminders at the same step apart.</summary>
public sealed record ReminderRequest(string ReturnId, string Kind, int Sequence)
{
    public int Attempt { get; init; }

    /// <summary>For a refund-deadline warning: the last moment the law allows.</summary>
    public DateTimeOffset? DueBy { get; init; }
}
