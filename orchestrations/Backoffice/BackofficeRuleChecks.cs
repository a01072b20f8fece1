using System.Text.RegularExpressions;
using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Backoffice;

/// <summary>
/// What the grading checklists and the disposition table must satisfy beyond their JSON shape: known grades, reasons and
/// dispositions, unique ids, a "*" checklist and a "*" / "*" / "*" row, categories that exist, no row that can never win,
/// and returned food never sent back to sale. Tolerates missing parts (a merchant may upload broken files).
/// </summary>
public static partial class BackofficeRuleChecks
{
    /// <summary>Categories whose returned units may only be recycled or sent back to the supplier, never resold or donated.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RestrictedCategories { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            // Returned food has left the seller's control (storage, temperature, tampering): it is never sold or given away again.
            ["food"] = [DispositionKinds.Recycle, DispositionKinds.ReturnToSupplier],
        };

    /// <summary>The first thing wrong with the two tables, as an English sentence naming the item; null when they are usable.</summary>
    public static string? Problem(string? gradingVersion, IReadOnlyList<GradingChecklist>? checklists,
        string? dispositionsVersion, IReadOnlyList<DispositionRule>? rules) =>
        GradingProblem(gradingVersion, checklists) ?? DispositionsProblem(dispositionsVersion, rules, checklists);

    /// <summary>The first problem with the grading checklists (<c>grading.json</c>); null when there is none.</summary>
    public static string? GradingProblem(string? version, IReadOnlyList<GradingChecklist>? checklists) =>
        Checklists(version, checklists).FirstOrDefault();

    /// <summary>
    /// The first problem with the disposition table (<c>dispositions.json</c>), whose categories must have a checklist
    /// of their own in <paramref name="checklists"/>; null when there is none.
    /// </summary>
    public static string? DispositionsProblem(string? version, IReadOnlyList<DispositionRule>? rules, IReadOnlyList<GradingChecklist>? checklists) =>
        Rules(version, rules, checklists ?? []).FirstOrDefault();

    private static IEnumerable<string> Checklists(string? version, IReadOnlyList<GradingChecklist>? checklists)
    {
        if (string.IsNullOrWhiteSpace(version))
            yield return "The grading checklists need a version.";
        if (checklists is null || checklists.Count == 0)
        {
            yield return "The grading checklists need at least the \"*\" checklist.";
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (checklist, index) in checklists.Select((c, i) => (c, i + 1)))
        {
            if (checklist is null || string.IsNullOrWhiteSpace(checklist.Category))
            {
                yield return $"Checklist {index} needs a category (\"*\" for the default).";
                continue;
            }

            var where = $"Checklist {checklist.Category}";
            if (!seen.Add(checklist.Category))
                yield return $"{where} is listed twice: categories must be unique.";
            if (checklist.Category != Grading.AnyCategory && !CategoryName().IsMatch(checklist.Category))
                yield return $"{where} has an unusable category name; use lowercase letters, digits, - and _.";
            if (checklist.Items is null || checklist.Items.Count == 0)
            {
                yield return $"{where} needs at least one item.";
                continue;
            }

            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (item, itemIndex) in checklist.Items.Select((it, i) => (it, i + 1)))
            {
                if (item is null || string.IsNullOrWhiteSpace(item.Id))
                {
                    yield return $"{where} item {itemIndex} needs an id.";
                    continue;
                }

                var at = $"{where} item {item.Id}";
                if (!ItemId().IsMatch(item.Id))
                    yield return $"{at} has an unusable id; use snake_case (lowercase letters, digits and _).";
                if (!ids.Add(item.Id))
                    yield return $"{at} is listed twice: item ids must be unique within a checklist.";
                if (string.IsNullOrWhiteSpace(item.Label))
                    yield return $"{at} needs a label for the worker.";
                if (!Grades.IsKnown(item.MaxGradeIfFailed))
                    yield return $"{at} has maxGradeIfFailed \"{item.MaxGradeIfFailed}\"; it must be one of {string.Join(", ", Grades.All)}.";
                else if (item.MaxGradeIfFailed == Grades.All[0])
                    yield return $"{at} has maxGradeIfFailed A, so failing it would change nothing; use B, C or D.";
            }
        }

        if (!seen.Contains(Grading.AnyCategory))
            yield return "The grading checklists need a \"*\" checklist for categories without their own.";
    }

    private static IEnumerable<string> Rules(string? version, IReadOnlyList<DispositionRule>? rules, IReadOnlyList<GradingChecklist> checklists)
    {
        if (string.IsNullOrWhiteSpace(version))
            yield return "The disposition table needs a version.";
        if (rules is null || rules.Count == 0)
        {
            yield return "The disposition table needs at least the \"*\" / \"*\" / \"*\" row.";
            yield break;
        }

        var categories = checklists.Where(c => c?.Category is not null).Select(c => c.Category).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<(string, string, string), int>();
        var usable = true;
        foreach (var (rule, number) in rules.Select((r, i) => (r, i + 1)))
        {
            if (rule is null)
            {
                yield return $"Rule {number} is empty.";
                usable = false;
                continue;
            }

            var where = $"Rule {number} ({rule.Grade} / {rule.Category} / {rule.Reason})";
            if (rule.Grade != DispositionRule.Any && !Grades.IsKnown(rule.Grade))
            {
                yield return $"{where} has grade \"{rule.Grade}\"; it must be one of {string.Join(", ", Grades.All)} or \"*\".";
                usable = false;
            }

            if (string.IsNullOrWhiteSpace(rule.Category))
            {
                yield return $"{where} needs a category (\"*\" for any).";
                usable = false;
            }
            else if (rule.Category != DispositionRule.Any && !categories.Contains(rule.Category))
            {
                yield return $"{where} has category \"{rule.Category}\", which has no checklist in grading.json; add one (a copy of the \"*\" checklist will do) or fix the name.";
            }

            if (rule.Reason != DispositionRule.Any && !ReturnReasons.IsKnown(rule.Reason))
            {
                yield return $"{where} has reason \"{rule.Reason}\"; it must be one of {string.Join(", ", ReturnReasons.All)} or \"*\".";
                usable = false;
            }

            if (!DispositionKinds.IsKnown(rule.Disposition))
            {
                yield return $"{where} has disposition \"{rule.Disposition}\"; it must be one of {string.Join(", ", DispositionKinds.All)}.";
                usable = false;
            }

            if (rule.Grade is null || rule.Category is null || rule.Reason is null)
                continue;
            var key = (rule.Grade.ToUpperInvariant(), rule.Category.ToLowerInvariant(), rule.Reason.ToLowerInvariant());
            if (seen.TryGetValue(key, out var first))
                yield return $"{where} repeats rule {first}, which always wins over it; remove one of them.";
            else
                seen[key] = number;
        }

        if (!rules.Any(r => r is not null && r.Specificity == 0))
        {
            yield return "The disposition table needs a \"*\" / \"*\" / \"*\" row so every unit gets a disposition.";
            yield break;
        }

        if (!usable)
            yield break;
        var table = new Dispositions(version ?? "", rules);
        foreach (var (category, allowed) in RestrictedCategories)
        {
            foreach (var grade in Grades.All)
            {
                foreach (var reason in ReturnReasons.All.Append(null))
                {
                    var match = table.For(grade, category, reason);
                    if (!allowed.Contains(match.Disposition))
                    {
                        yield return $"Returned {category} of grade {grade} (reason {reason ?? "none"}) would be sent to {match.Disposition} by rule {match.RuleNumber} ({match.Rule}); " +
                                     $"{category} may only go to {string.Join(" or ", allowed)}.";
                        yield break;
                    }
                }
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex CategoryName();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ItemId();
}
