namespace Returns.Orchestrations.Backoffice;

/// <summary>The checks for one product category; the category "*" is the checklist for every category without its own.</summary>
public sealed record GradingChecklist(string Category, IReadOnlyList<ChecklistItem> Items);
