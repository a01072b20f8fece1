using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Backoffice;

/// <summary>
/// The disposition table (<c>dispositions.json</c>): what happens to a unit of a grade, category and return reason.
/// The most specific matching row wins (the count of its non-"*" fields); of equally specific rows the first in the file.
/// </summary>
public sealed class Dispositions
{
    /// <param name="version">The version of the table, kept with each decision for the audit trail.</param>
    /// <param name="rules">Checked by <see cref="BackofficeRuleChecks.DispositionsProblem"/>; needs a "*" / "*" / "*" row.</param>
    public Dispositions(string version, IReadOnlyList<DispositionRule> rules)
    {
        Version = version;
        Rules = rules;
        if (!rules.Any(r => r.Specificity == 0))
            throw new ArgumentException("The disposition table needs a \"*\" / \"*\" / \"*\" row so every unit gets a disposition.", nameof(rules));
    }

    public string Version { get; }

    public IReadOnlyList<DispositionRule> Rules { get; }

    /// <summary>The disposition for a unit and the row that chose it.</summary>
    /// <param name="grade">"A" to "D" (case-insensitive).</param>
    /// <param name="category">The product category; null or unknown only matches "*" rows.</param>
    /// <param name="reason">The customer's return reason; null only matches "*" rows.</param>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is not a grade.</exception>
    public DispositionMatch For(string grade, string? category, string? reason)
    {
        var normalized = grade?.Trim().ToUpperInvariant();
        if (!Grades.IsKnown(normalized))
            throw new ArgumentException($"Unknown grade \"{grade}\"; it must be one of {string.Join(", ", Grades.All)}.", nameof(grade));

        DispositionRule? best = null;
        var bestNumber = 0;
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            // Strictly greater: of equally specific rows the first in the file wins.
            if (rule.Matches(normalized!, category, reason) && (best is null || rule.Specificity > best.Specificity))
            {
                best = rule;
                bestNumber = i + 1;
            }
        }

        // The constructor guarantees a catch-all row, so best is never null here.
        return new DispositionMatch(best!.Disposition, best, bestNumber, Version);
    }
}
