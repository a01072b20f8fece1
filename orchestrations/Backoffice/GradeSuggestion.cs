namespace Returns.Orchestrations.Backoffice;

/// <summary>
/// The grade a unit's checklist suggests: A when every check passed, else the worst cap of the checks that did not pass.
/// The worker may still choose another grade; the suggestion and its reasons are kept for the audit trail.
/// </summary>
/// <param name="Grade">"A" to "D".</param>
/// <param name="Failed">Checks ticked as failed, in checklist order.</param>
/// <param name="Unchecked">Checks the worker did not answer, in checklist order; they count as failed (nothing unverified is sold as new).</param>
/// <param name="Checklist">The checklist used: the category's own, or "*".</param>
public sealed record GradeSuggestion(string Grade, IReadOnlyList<ChecklistItem> Failed, IReadOnlyList<ChecklistItem> Unchecked, string Checklist);
