using Returns.Orchestrations.Backoffice;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;

namespace Returns.Tests.Backoffice;

/// <summary>The shipped grading and disposition files load and make sense; the checks catch broken files and name them.</summary>
public sealed class BackofficeRulesFilesTests
{
    private static BackofficeRules Rules => BackofficeData.Rules;

    [Fact]
    public void Load_ShippedFiles_ReadsChecklistsAndRules()
    {
        Assert.Equal("2026.1", Rules.Grading.Version);
        Assert.Equal("2026.1", Rules.Dispositions.Version);
        Assert.Equal(
            new[] { "*", "accessories", "apparel", "electronics", "food", "homeware" },
            Rules.Grading.Checklists.Select(c => c.Category).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "*", "*", "*" }, new[] { Rules.Dispositions.Rules[^1].Grade, Rules.Dispositions.Rules[^1].Category, Rules.Dispositions.Rules[^1].Reason });
    }

    [Fact]
    public void Problem_ShippedFiles_IsNull()
    {
        Assert.Null(BackofficeRuleChecks.Problem(Rules.Grading.Version, Rules.Grading.Checklists, Rules.Dispositions.Version, Rules.Dispositions.Rules));
    }

    [Fact]
    public void Checklists_Shipped_HaveTheItemsTheWarehouseExpects()
    {
        Assert.Equal(
            new[] { "tags_attached", "original_packaging", "unworn", "no_stains_or_odour", "no_damage", "hygiene_liner_intact" },
            Rules.Grading.ChecklistFor("apparel").Items.Select(i => i.Id));
        Assert.Equal(
            new[] { "original_packaging", "all_accessories", "factory_reset", "powers_on", "no_physical_damage", "battery_not_swollen", "serial_matches" },
            Rules.Grading.ChecklistFor("electronics").Items.Select(i => i.Id));
        Assert.All(Rules.Grading.Checklists.SelectMany(c => c.Items), i => Assert.Contains(i.MaxGradeIfFailed, new[] { "B", "C", "D" }));
    }

    [Fact]
    public void Rules_EveryCategoryNamed_HasItsOwnChecklist()
    {
        foreach (var rule in Rules.Dispositions.Rules.Where(r => r.Category != "*"))
            Assert.True(Rules.Grading.HasOwnChecklist(rule.Category), $"{rule.Category} has no checklist");
    }

    [Fact]
    public void Rules_EveryGradeCategoryAndReason_GetsAKnownDisposition()
    {
        var categories = Rules.Grading.Checklists.Select(c => c.Category).Append("unknown-category").Append(null);
        foreach (var grade in Grades.All)
        foreach (var category in categories)
        foreach (var reason in ReturnReasons.All.Append(null))
            Assert.True(DispositionKinds.IsKnown(Rules.Dispositions.For(grade, category, reason).Disposition));
    }

    [Fact]
    public void Load_MissingFolder_ThrowsNamingIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "no-such-backoffice-" + Guid.NewGuid().ToString("N"));

        var e = Assert.Throws<RuleFileException>(() => BackofficeRules.Load(folder));

        Assert.Equal(folder, e.File);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingIt()
    {
        var folder = BackofficeData.CopyWith(BackofficeRules.GradingFile, t => t);
        File.Delete(Path.Combine(folder, BackofficeRules.DispositionsFile));
        try
        {
            var e = Assert.Throws<RuleFileException>(() => BackofficeRules.Load(folder));

            Assert.Equal(BackofficeRules.DispositionsFile, e.File);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string, string, string, string> BrokenFiles => new()
    {
        // file, text to replace, replacement, words the error must contain
        { "grading.json", "\"version\": \"2026.1\"", "\"version\": \"\"", "need a version" },
        { "grading.json", "\"category\": \"*\"", "\"category\": \"misc\"", "\"*\" checklist" },
        { "grading.json", "\"category\": \"homeware\"", "\"category\": \"apparel\"", "listed twice" },
        { "grading.json", "\"maxGradeIfFailed\": \"B\" },\n        { \"id\": \"original_packaging\", \"label\": \"Original packaging (bag, box, tissue)\"", "\"maxGradeIfFailed\": \"E\" },\n        { \"id\": \"original_packaging\", \"label\": \"Original packaging (bag, box, tissue)\"", "maxGradeIfFailed \"E\"" },
        { "grading.json", "{ \"id\": \"unworn\", \"label\": \"Unworn and unwashed: no creases from wear, pilling or stretched seams\", \"maxGradeIfFailed\": \"C\" }", "{ \"id\": \"unworn\", \"label\": \"x\", \"maxGradeIfFailed\": \"A\" }", "would change nothing" },
        { "grading.json", "\"id\": \"unworn\"", "\"id\": \"tags_attached\"", "item ids must be unique" },
        { "grading.json", "\"id\": \"unworn\"", "\"id\": \"Un Worn\"", "snake_case" },
        { "grading.json", "\"label\": \"Unworn and unwashed: no creases from wear, pilling or stretched seams\"", "\"label\": \" \"", "needs a label" },
        { "grading.json", "\"version\": \"2026.1\",", "\"version\": \"2026.1\", \"extra\": 1,", "extra" },
        { "dispositions.json", "\"disposition\": \"clearance\", \"note\": \"Damaged", "\"disposition\": \"sell\", \"note\": \"Damaged", "disposition \"sell\"" },
        { "dispositions.json", "{ \"grade\": \"A\", \"category\": \"*\"", "{ \"grade\": \"E\", \"category\": \"*\"", "grade \"E\"" },
        { "dispositions.json", "\"category\": \"apparel\"", "\"category\": \"apparell\"", "no checklist in grading.json" },
        { "dispositions.json", "\"reason\": \"defective\", \"disposition\": \"refurbish\"", "\"reason\": \"broken\", \"disposition\": \"refurbish\"", "reason \"broken\"" },
        { "dispositions.json", "{ \"grade\": \"*\", \"category\": \"*\", \"reason\": \"*\", \"disposition\": \"recycle\", \"note\": \"Fallback.\" }", "{ \"grade\": \"D\", \"category\": \"*\", \"reason\": \"*\", \"disposition\": \"donate\" }", "repeats rule" },
        { "dispositions.json", ",\n\n    // Every grade is covered above; this row keeps the table total.\n    { \"grade\": \"*\", \"category\": \"*\", \"reason\": \"*\", \"disposition\": \"recycle\", \"note\": \"Fallback.\" }", "", "\"*\" / \"*\" / \"*\" row" },
        // Food must never be resold: a grade-A row for a reason (two fields) beats the food row (one field).
        { "dispositions.json", "\"rules\": [", "\"rules\": [ { \"grade\": \"A\", \"category\": \"*\", \"reason\": \"changed_mind\", \"disposition\": \"restock\" },", "Returned food of grade A (reason changed_mind) would be sent to restock" },
        // ... and not donated either.
        { "dispositions.json", "\"category\": \"food\", \"reason\": \"*\", \"disposition\": \"recycle\"", "\"category\": \"food\", \"reason\": \"*\", \"disposition\": \"donate\"", "food may only go to recycle or return_to_supplier" },
        { "dispositions.json", "\"rules\": [", "\"rules\": [ { \"grade\": \"A\" ", "dispositions.json" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Load_BrokenFile_ThrowsNamingTheFileAndTheProblem(string file, string find, string replace, string expected)
    {
        var folder = BackofficeData.CopyWith(file, text =>
        {
            var normalized = text.Replace("\r\n", "\n");
            Assert.Contains(find, normalized); // the test edits what it means to edit
            return normalized.Replace(find, replace);
        });

        try
        {
            var e = Assert.Throws<RuleFileException>(() => BackofficeRules.Load(folder));

            Assert.Equal(file, e.File);
            Assert.Contains(expected, e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
