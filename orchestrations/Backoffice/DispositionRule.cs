namespace Returns.Orchestrations.Backoffice;

/// <summary>
/// One row of the disposition table (<c>dispositions.json</c>): for units of this grade, category and return reason, do
/// this. "*" matches anything; among the rows that match, the one with the most non-"*" fields wins, and of equally
/// specific rows the first in the file.
/// </summary>
/// <param name="Grade">"A" to "D", or "*".</param>
/// <param name="Category">A product category with a grading checklist, or "*".</param>
/// <param name="Reason">A return reason (<see cref="Domain.ReturnReasons"/>), or "*".</param>
/// <param name="Disposition">One of <see cref="DispositionKinds.All"/>.</param>
/// <param name="Note">Why the row exists, shown with the decision.</param>
public sealed record DispositionRule(string Grade, string Category, string Reason, string Disposition, string? Note = null)
{
    public const string Any = "*";

    /// <summary>How many of grade, category and reason are not "*" (0 to 3).</summary>
    public int Specificity => (Grade == Any ? 0 : 1) + (Category == Any ? 0 : 1) + (Reason == Any ? 0 : 1);

    /// <summary>True when the row applies; a null category or reason only matches "*". Matching ignores case.</summary>
    public bool Matches(string grade, string? category, string? reason) =>
        Field(Grade, grade) && Field(Category, category) && Field(Reason, reason);

    /// <summary>"B / apparel / * → clearance", for messages and the audit trail.</summary>
    public override string ToString() => $"{Grade} / {Category} / {Reason} → {Disposition}";

    private static bool Field(string pattern, string? value) =>
        pattern == Any || (value is not null && string.Equals(pattern, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
