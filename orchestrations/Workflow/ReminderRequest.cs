namespace Returns.Orchestrations.Workflow;

public static class ReminderKinds
{
    public const string LabelUnused = "label_unused";
    public const string InspectionLate = "inspection_late";
    public const string ApprovalNeeded = "approval_needed";
}

/// <summary><see cref="Attempt"/> tells repeated reminders at the same step apart.</summary>
public sealed record ReminderRequest(string ReturnId, string Kind, int Sequence)
{
    public int Attempt { get; init; }
}
