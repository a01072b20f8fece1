using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Backoffice;

/// <summary>
/// The grading checklists (<c>grading.json</c>): what a worker ticks per unit, per category, and the grade each failed
/// check caps the unit at. Categories match case-insensitively; a category without its own checklist uses "*".
/// </summary>
public sealed class Grading
{
    public const string AnyCategory = "*";

    private readonly Dictionary<string, GradingChecklist> _byCategory;

    /// <param name="version">The version of the checklists, kept with each suggestion for the audit trail.</param>
    /// <param name="checklists">Checked by <see cref="BackofficeRuleChecks.GradingProblem"/>; needs a "*" checklist.</param>
    public Grading(string version, IReadOnlyList<GradingChecklist> checklists)
    {
        Version = version;
        Checklists = checklists;
        _byCategory = checklists.ToDictionary(c => c.Category, StringComparer.OrdinalIgnoreCase);
        if (!_byCategory.ContainsKey(AnyCategory))
            throw new ArgumentException("The grading checklists need a \"*\" checklist for categories without their own.", nameof(checklists));
    }

    public string Version { get; }

    public IReadOnlyList<GradingChecklist> Checklists { get; }

    /// <summary>True when <paramref name="category"/> has a checklist of its own (not only "*").</summary>
    public bool HasOwnChecklist(string? category) =>
        category is not null && category != AnyCategory && _byCategory.ContainsKey(category);

    /// <summary>The category's checklist, or the "*" one when it has none (or is null or blank).</summary>
    public GradingChecklist ChecklistFor(string? category) =>
        !string.IsNullOrWhiteSpace(category) && _byCategory.TryGetValue(category.Trim(), out var own) ? own : _byCategory[AnyCategory];

    /// <summary>
    /// The grade the ticked checklist suggests. <paramref name="checks"/> maps a check id to true (passed) or false
    /// (failed); ids are matched case-insensitively, a check that is missing counts as failed (listed as unchecked) and
    /// an id that is not on the checklist is ignored.
    /// </summary>
    public GradeSuggestion Suggest(string? category, IReadOnlyDictionary<string, bool> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var checklist = ChecklistFor(category);
        var answers = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, passed) in checks)
        {
            // A dictionary with an ordinal comparer may hold "Unworn" and "unworn": a failure wins.
            answers[id.Trim()] = answers.TryGetValue(id.Trim(), out var earlier) ? earlier && passed : passed;
        }

        var failed = new List<ChecklistItem>();
        var unanswered = new List<ChecklistItem>();
        var grade = Grades.All[0];
        foreach (var item in checklist.Items)
        {
            if (!answers.TryGetValue(item.Id, out var passed))
                unanswered.Add(item);
            else if (!passed)
                failed.Add(item);
            else
                continue;
            grade = Worse(grade, item.MaxGradeIfFailed);
        }

        return new GradeSuggestion(grade, failed, unanswered, checklist.Category);
    }

    /// <summary>The worse of two grades (D is the worst).</summary>
    public static string Worse(string a, string b) => Rank(b) > Rank(a) ? b : a;

    private static int Rank(string grade)
    {
        for (var rank = 0; rank < Grades.All.Count; rank++)
        {
            if (Grades.All[rank] == grade)
                return rank;
        }

        throw new ArgumentException($"Unknown grade \"{grade}\"; grades are {string.Join(", ", Grades.All)}.", nameof(grade));
    }
}
