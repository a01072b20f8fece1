namespace Returns.Orchestrations.Backoffice;

/// <summary>
/// One thing a warehouse worker checks on a returned unit.
/// </summary>
/// <param name="Id">The key the ticked checklist uses ("unworn"); snake_case, unique within its checklist.</param>
/// <param name="Label">What the worker reads at the bench.</param>
/// <param name="MaxGradeIfFailed">The best grade a unit can still get when this check fails ("B", "C" or "D").</param>
public sealed record ChecklistItem(string Id, string Label, string MaxGradeIfFailed);
