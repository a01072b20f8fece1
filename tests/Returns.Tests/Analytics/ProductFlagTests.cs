using Returns.Orchestrations.Analytics;
using static Returns.Tests.Analytics.AnalyticsSamples;

namespace Returns.Tests.Analytics;

/// <summary>Products flagged for a return rate significantly above their category's: constructed cases.</summary>
public sealed class ProductFlagTests
{
    /// <summary>Four apparel products at 10 % and one more product, each with its sales and returns.</summary>
    private static List<SubjectUpdate> Category(string product, int sold, int returned, string reason)
    {
        var updates = new List<SubjectUpdate>();
        foreach (var other in new[] { "TEE", "HOODIE", "PANTS", "SHIRT" })
        {
            updates.Add(Contributions.ForOrder(Sale(other + "-M", other, "apparel", 400)));
            updates.Add(Contributions.ForReturn(Return(other + "-M", other, "apparel", 40, "changed_mind")));
        }

        updates.Add(Contributions.ForOrder(Sale(product + "-M", product, "apparel", sold)));
        for (var i = 0; i < returned; i++)
            updates.Add(Contributions.ForReturn(Return(product + "-M", product, "apparel", 1, i % 5 == 4 ? "changed_mind" : reason)));
        return updates;
    }

    [Fact]
    public void Flags_ProductAtTwiceItsCategoryRateWithEnoughSales_IsFlaggedWithTheActionOfItsDominantReason()
    {
        var report = Report(Category("JACKET", 400, 80, "size_too_small"), Filter());

        var flag = Assert.Single(report.Flags);
        Assert.Equal(("JACKET", "apparel", 400L, 80L), (flag.Product, flag.Category, flag.UnitsSold, flag.UnitsReturned));
        Assert.Equal(0.2, flag.ReturnRate);
        Assert.Equal(0.1, flag.Baseline);
        Assert.Equal("category", flag.BaselineKind);
        Assert.True(flag.Low > flag.Baseline && flag.Low < flag.ReturnRate && flag.High > flag.ReturnRate);
        Assert.Equal(("size_too_small", ReasonActions.SizeChart), (flag.DominantReason, flag.Action));
        Assert.Contains("size chart", flag.ActionText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2.0, flag.Ratio);
    }

    [Fact]
    public void Flags_SmallSampleWithAHighRate_IsNotFlagged()
    {
        // 2 of 10 returned is twice the category's rate, but ten sales say little: below the minimum sample, and even
        // with a lower minimum its interval still reaches down past 10 %.
        var report = Report(Category("JACKET", 10, 2, "size_too_small"), Filter());

        Assert.Empty(report.Flags);
        Assert.Empty(Report(Category("JACKET", 10, 2, "size_too_small"), Filter(minSold: 5)).Flags);
    }

    [Fact]
    public void Flags_SlightlyHigherRateWithinTheInterval_IsNotFlagged()
    {
        Assert.Empty(Report(Category("JACKET", 100, 13, "defective"), Filter()).Flags);
    }

    [Theory]
    [InlineData("damaged_in_transit", ReasonActions.Packaging)]
    [InlineData("defective", ReasonActions.SupplierQuality)]
    [InlineData("not_as_described", ReasonActions.DescriptionPhotos)]
    [InlineData("late_delivery", ReasonActions.Carrier)]
    [InlineData("wrong_item", ReasonActions.Picking)]
    public void Flags_DominantReason_SuggestsItsAction(string reason, string action)
    {
        var flag = Assert.Single(Report(Category("MUG", 300, 90, reason), Filter()).Flags);

        Assert.Equal((reason, action), (flag.DominantReason, flag.Action));
    }

    [Fact]
    public void Flags_CategoryWithTooFewOtherSales_ComparesWithTheShop()
    {
        var updates = Category("TEE2", 10, 1, "changed_mind");
        updates.Add(Contributions.ForOrder(Sale("LAMP", "LAMP", "lighting", 200)));
        for (var i = 0; i < 60; i++)
            updates.Add(Contributions.ForReturn(Return("LAMP", "LAMP", "lighting", 1, "damaged_in_transit")));

        var flag = Assert.Single(Report(updates, Filter()).Flags);

        Assert.Equal(("LAMP", "shop"), (flag.Product, flag.BaselineKind));
    }

    [Fact]
    public void Flags_CategoryWithNoOtherReturns_FlagsWithoutARatioAndSerializes()
    {
        var updates = new List<SubjectUpdate> { Contributions.ForOrder(Sale("TEE-M", "TEE", "apparel", 400)), Contributions.ForOrder(Sale("JACKET-M", "JACKET", "apparel", 100)) };
        for (var i = 0; i < 20; i++)
            updates.Add(Contributions.ForReturn(Return("JACKET-M", "JACKET", "apparel", 1, "size_too_small")));

        var flag = Assert.Single(Report(updates, Filter()).Flags);

        Assert.Equal((0.0, (double?)null), (flag.Baseline, flag.Ratio));
        Assert.Contains("\"ratio\":null", System.Text.Json.JsonSerializer.Serialize(flag, System.Text.Json.JsonSerializerOptions.Web));
    }
}
