namespace Returns.Orchestrations.Domain;

/// <summary>Inspection grades: A as new, B opened, C damaged but repairable, D unsellable.</summary>
public static class Grades
{
    public static readonly IReadOnlyList<string> All = ["A", "B", "C", "D"];

    public static bool IsKnown(string? grade) => grade is not null && All.Contains(grade);
}
