using Returns.Orchestrations.Backoffice;

namespace Returns.Tests.Backoffice;

/// <summary>The disposition table: the most specific matching row wins, ties go to the first row, and the shipped defaults.</summary>
public sealed class DispositionsTests
{
    private static Dispositions Shipped => BackofficeData.Rules.Dispositions;

    [Theory]
    // grade, category, reason → disposition
    [InlineData("A", "apparel", "size_too_small", "restock")]
    [InlineData("A", "homeware", "changed_mind", "restock")]
    [InlineData("A", null, null, "restock")]
    [InlineData("A", "electronics", "changed_mind", "restock")]
    [InlineData("A", "electronics", "defective", "refurbish")]
    [InlineData("B", "homeware", "changed_mind", "restock")]
    [InlineData("B", "electronics", "not_as_described", "restock")]
    [InlineData("B", "apparel", "size_too_large", "clearance")]
    [InlineData("B", "APPAREL", "size_too_large", "clearance")]
    [InlineData("C", "electronics", "damaged_in_transit", "refurbish")]
    [InlineData("C", "apparel", "defective", "clearance")]
    [InlineData("C", "accessories", "other", "clearance")]
    [InlineData("C", "garden", "other", "clearance")]
    [InlineData("D", "apparel", "damaged_in_transit", "recycle")]
    [InlineData("D", "electronics", "damaged_in_transit", "recycle")]
    [InlineData("D", "electronics", "defective", "return_to_supplier")]
    [InlineData("D", "homeware", "defective", "recycle")]
    [InlineData("A", "food", "changed_mind", "recycle")]
    [InlineData("B", "food", "wrong_item", "recycle")]
    [InlineData("D", "food", "defective", "recycle")]
    [InlineData("d", "electronics", "defective", "return_to_supplier")]
    public void For_ShippedTable_GivesTheDefaults(string grade, string? category, string? reason, string expected)
    {
        var match = Shipped.For(grade, category, reason);

        Assert.Equal(expected, match.Disposition);
        Assert.Equal(match.Disposition, match.Rule.Disposition);
        Assert.Same(match.Rule, Shipped.Rules[match.RuleNumber - 1]);
        Assert.Equal("2026.1", match.Version);
    }

    [Fact]
    public void For_ShippedTable_ExplainsTheDecisionForTheAuditTrail()
    {
        var match = Shipped.For("D", "electronics", "defective");

        Assert.Equal("D / electronics / defective → return_to_supplier", match.Rule.ToString());
        Assert.False(string.IsNullOrWhiteSpace(match.Rule.Note));
    }

    private static readonly Dispositions Synthetic = new("test",
    [
        new DispositionRule("*", "*", "*", "recycle"),                       // 1: catch-all, first on purpose
        new DispositionRule("A", "*", "*", "restock"),                       // 2
        new DispositionRule("*", "apparel", "*", "clearance"),               // 3: ties with 2 for A apparel; 2 is first
        new DispositionRule("A", "apparel", "*", "donate"),                  // 4
        new DispositionRule("*", "*", "defective", "return_to_supplier"),    // 5
        new DispositionRule("A", "apparel", "defective", "refurbish"),       // 6
        new DispositionRule("B", "*", "defective", "refurbish"),             // 7
        new DispositionRule("B", "homeware", "*", "donate"),                 // 8: ties with 7 for B homeware defective; 7 is first
    ]);

    [Theory]
    [InlineData("C", "homeware", "other", "recycle", 1)]           // only the catch-all matches, wherever it stands
    [InlineData("A", "homeware", "other", "restock", 2)]           // one field beats none
    [InlineData("A", "apparel", "other", "donate", 4)]             // two fields beat one
    [InlineData("B", "apparel", "other", "clearance", 3)]
    [InlineData("A", "apparel", "defective", "refurbish", 6)]      // three beat two
    [InlineData("C", "apparel", "defective", "clearance", 3)]      // 3 and 5 tie at one field: 3 is first
    [InlineData("B", "homeware", "defective", "refurbish", 7)]     // 7 and 8 tie at two fields: 7 is first
    [InlineData("B", "homeware", "other", "donate", 8)]
    [InlineData("C", null, "defective", "return_to_supplier", 5)]  // a null category only matches "*"
    [InlineData("C", "apparel", null, "clearance", 3)]             // a null reason only matches "*"
    public void For_SyntheticTable_MostSpecificWinsAndTiesGoToTheFirst(string grade, string? category, string? reason, string expected, int ruleNumber)
    {
        var match = Synthetic.For(grade, category, reason);

        Assert.Equal(expected, match.Disposition);
        Assert.Equal(ruleNumber, match.RuleNumber);
    }

    [Theory]
    [InlineData("E")]
    [InlineData("")]
    [InlineData("*")]
    public void For_UnknownGrade_IsRefused(string grade)
    {
        Assert.Throws<ArgumentException>(() => Shipped.For(grade, "apparel", "other"));
    }

    [Fact]
    public void Dispositions_WithoutCatchAll_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Dispositions("test", [new DispositionRule("A", "*", "*", "restock")]));
    }

    [Theory]
    [InlineData("*", "*", "*", 0)]
    [InlineData("A", "*", "*", 1)]
    [InlineData("*", "food", "*", 1)]
    [InlineData("A", "food", "*", 2)]
    [InlineData("A", "food", "defective", 3)]
    public void Specificity_CountsTheFieldsThatAreNotStar(string grade, string category, string reason, int expected)
    {
        Assert.Equal(expected, new DispositionRule(grade, category, reason, "recycle").Specificity);
    }

    [Theory]
    [InlineData("restock", "restocked")]
    [InlineData("refurbish", "in_refurbishment")]
    [InlineData("clearance", "listed_for_clearance")]
    [InlineData("donate", "donated")]
    [InlineData("recycle", "recycled")]
    [InlineData("return_to_supplier", "returned_to_supplier")]
    public void AfterDisposition_EveryDisposition_HasItsStatus(string disposition, string status)
    {
        Assert.Equal(status, StockStatuses.AfterDisposition(disposition));
    }
}
