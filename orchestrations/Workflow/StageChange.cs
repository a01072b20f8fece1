using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Workflow;

/// <summary>
/// One step of the workflow to project: a new stage (with email and integration event) or, when
/// <see cref="StageChanged"/> is false, a timeline note. <see cref="Sequence"/> makes a retried
/// projection a no-op and gives emails and events stable ids.
/// </summary>
public sealed record StageChange(string ReturnId, int Sequence, string Stage, DateTimeOffset At, bool StageChanged, string? Note = null)
{
    public ReceiptDetails? Receipt { get; init; }
    public IReadOnlyList<InspectedLine>? Inspection { get; init; }
    public string? Route { get; init; }
    public string? DecisionNote { get; init; }

    /// <summary>Parks a step for the merchant (on a note); any later stage change clears it.</summary>
    public ReturnAttention? Attention { get; init; }

    /// <summary>False for steps the customer need not hear about (approved just before the label, notes).</summary>
    public bool Notify { get; init; } = true;

    /// <summary>Further timeline notes recorded in the same step after <see cref="Note"/>, in order (carrier scans that waited together).</summary>
    public IReadOnlyList<string>? MoreNotes { get; init; }
}
