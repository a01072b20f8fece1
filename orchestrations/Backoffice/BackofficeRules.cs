using Returns.Orchestrations.Compliance;

namespace Returns.Orchestrations.Backoffice;

/// <summary>
/// The warehouse's rules, shipped beside the app (<c>backoffice/</c>): <c>grading.json</c>, the checklist per product
/// category with the grade each failed check caps a unit at, and <c>dispositions.json</c>, what happens to a unit of a
/// grade, category and return reason.
/// </summary>
public sealed record BackofficeRules(Grading Grading, Dispositions Dispositions)
{
    public const string GradingFile = "grading.json";
    public const string DispositionsFile = "dispositions.json";

    /// <summary>Reads and checks both files in <paramref name="directory"/>.</summary>
    /// <exception cref="RuleFileException">A file is missing or malformed, or fails a check; the error names the file.</exception>
    public static BackofficeRules Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new RuleFileException(directory, "the backoffice folder does not exist.");
        var grading = RuleFiles.Read<GradingDocument>(directory, Path.Combine(directory, GradingFile));
        var dispositions = RuleFiles.Read<DispositionsDocument>(directory, Path.Combine(directory, DispositionsFile));

        Require(GradingFile, BackofficeRuleChecks.GradingProblem(grading.Version, grading.Checklists));
        Require(DispositionsFile, BackofficeRuleChecks.DispositionsProblem(dispositions.Version, dispositions.Rules, grading.Checklists));
        return new BackofficeRules(new Grading(grading.Version, grading.Checklists), new Dispositions(dispositions.Version, dispositions.Rules));
    }

    private static void Require(string file, string? problem)
    {
        if (problem is not null)
            throw new RuleFileException(file, problem);
    }

    private sealed record GradingDocument(string Version, IReadOnlyList<GradingChecklist> Checklists);

    private sealed record DispositionsDocument(string Version, IReadOnlyList<DispositionRule> Rules);
}
