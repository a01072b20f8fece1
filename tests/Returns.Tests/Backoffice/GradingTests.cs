using Returns.Orchestrations.Backoffice;

namespace Returns.Tests.Backoffice;

/// <summary>The grade a ticked checklist suggests: A when all pass, else the worst cap among the checks that did not pass.</summary>
public sealed class GradingTests
{
    private static Grading Shipped => BackofficeData.Rules.Grading;

    /// <summary>Every check of the category's checklist passed, except those named.</summary>
    private static Dictionary<string, bool> AllPassExcept(string? category, params string[] failed) =>
        Shipped.ChecklistFor(category).Items.ToDictionary(i => i.Id, i => !failed.Contains(i.Id));

    [Theory]
    [InlineData("apparel", new string[0], "A")]
    [InlineData("apparel", new[] { "tags_attached" }, "B")]
    [InlineData("apparel", new[] { "original_packaging" }, "B")]
    [InlineData("apparel", new[] { "unworn" }, "C")]
    [InlineData("apparel", new[] { "tags_attached", "unworn" }, "C")]
    [InlineData("apparel", new[] { "no_stains_or_odour" }, "C")]
    [InlineData("apparel", new[] { "hygiene_liner_intact" }, "D")]
    [InlineData("electronics", new string[0], "A")]
    [InlineData("electronics", new[] { "all_accessories" }, "B")]
    [InlineData("electronics", new[] { "factory_reset" }, "C")]
    [InlineData("electronics", new[] { "powers_on", "no_physical_damage" }, "C")]
    [InlineData("electronics", new[] { "battery_not_swollen" }, "D")]
    [InlineData("electronics", new[] { "all_accessories", "serial_matches" }, "D")]
    [InlineData("homeware", new[] { "not_broken" }, "D")]
    [InlineData("accessories", new[] { "authentic" }, "D")]
    [InlineData("food", new[] { "packaging_undamaged" }, "C")]
    [InlineData("food", new[] { "seal_intact" }, "D")]
    [InlineData("toys", new[] { "original_packaging" }, "B")]
    [InlineData(null, new[] { "matches_order" }, "D")]
    public void Suggest_FailedChecks_CapTheGradeAtTheWorst(string? category, string[] failed, string expected)
    {
        var suggestion = Shipped.Suggest(category, AllPassExcept(category, failed));

        Assert.Equal(expected, suggestion.Grade);
        Assert.Equal(failed.Order(StringComparer.Ordinal), suggestion.Failed.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Empty(suggestion.Unchecked);
    }

    [Fact]
    public void Suggest_FailedItems_AreListedInChecklistOrderWithTheirLabelsAndCaps()
    {
        var suggestion = Shipped.Suggest("electronics", AllPassExcept("electronics", "serial_matches", "all_accessories"));

        Assert.Equal("electronics", suggestion.Checklist);
        Assert.Equal(new[] { "all_accessories", "serial_matches" }, suggestion.Failed.Select(i => i.Id));
        Assert.Equal(new[] { "B", "D" }, suggestion.Failed.Select(i => i.MaxGradeIfFailed));
        Assert.All(suggestion.Failed, i => Assert.False(string.IsNullOrWhiteSpace(i.Label)));
    }

    [Fact]
    public void Suggest_UnknownCategory_UsesTheDefaultChecklist()
    {
        var suggestion = Shipped.Suggest("garden", AllPassExcept("*"));

        Assert.Equal("*", suggestion.Checklist);
        Assert.Equal("A", suggestion.Grade);
    }

    [Fact]
    public void Suggest_CategoryAndIds_MatchIgnoringCase()
    {
        var checks = AllPassExcept("apparel").ToDictionary(c => c.Key.ToUpperInvariant(), c => c.Value);
        checks["UNWORN"] = false;

        var suggestion = Shipped.Suggest(" Apparel ", checks);

        Assert.Equal("apparel", suggestion.Checklist);
        Assert.Equal("C", suggestion.Grade);
        Assert.Equal("unworn", Assert.Single(suggestion.Failed).Id);
    }

    [Fact]
    public void Suggest_MissingCheck_CountsAsFailedAndIsListedAsUnchecked()
    {
        var checks = AllPassExcept("electronics");
        checks.Remove("battery_not_swollen");

        var suggestion = Shipped.Suggest("electronics", checks);

        Assert.Equal("D", suggestion.Grade);
        Assert.Empty(suggestion.Failed);
        Assert.Equal("battery_not_swollen", Assert.Single(suggestion.Unchecked).Id);
    }

    [Fact]
    public void Suggest_NothingTicked_IsTheWorstCapOfTheChecklist()
    {
        var suggestion = Shipped.Suggest("apparel", new Dictionary<string, bool>());

        Assert.Equal("D", suggestion.Grade);
        Assert.Equal(Shipped.ChecklistFor("apparel").Items.Count, suggestion.Unchecked.Count);
    }

    [Fact]
    public void Suggest_ChecksNotOnTheChecklist_AreIgnored()
    {
        var checks = AllPassExcept("homeware");
        checks["tags_attached"] = false; // an apparel check

        Assert.Equal("A", Shipped.Suggest("homeware", checks).Grade);
    }

    [Fact]
    public void Suggest_SmallChecklist_WorksWithoutShippedFiles()
    {
        var grading = new Grading("test",
        [
            new GradingChecklist("*", [new ChecklistItem("opened", "Opened", "B"), new ChecklistItem("broken", "Broken", "D")]),
        ]);

        var (grade, failed, _, checklist) = grading.Suggest("anything", new Dictionary<string, bool> { ["opened"] = false, ["broken"] = true });

        Assert.Equal("B", grade);
        Assert.Equal("opened", Assert.Single(failed).Id);
        Assert.Equal("*", checklist);
    }

    [Fact]
    public void Grading_WithoutDefaultChecklist_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Grading("test", [new GradingChecklist("apparel", [new ChecklistItem("x", "X", "B")])]));
    }
}
