using Returns.Orchestrations.Routing.Consolidation;
using static Returns.Tests.Consolidation.ConsolidationSamples;

namespace Returns.Tests.Consolidation;

/// <summary>When a hub's batch ships, what goes in the box, and what the freight is.</summary>
public sealed class ConsolidationDueTests
{
    [Fact]
    public void IsDue_EmptyBatch_False()
    {
        Assert.False(ConsolidationDue.IsDue(Rule(), [], At));
    }

    [Fact]
    public void IsDue_FewLightFreshParcels_False()
    {
        Assert.False(ConsolidationDue.IsDue(Rule(), [Parcel("r1", 500, At.AddDays(-6)), Parcel("r2", 500, At)], At));
    }

    [Fact]
    public void IsDue_CountReachesMaxParcels_True()
    {
        Assert.True(ConsolidationDue.IsDue(Rule(maxParcels: 2), [Parcel("r1", 500, At), Parcel("r2", 500, At)], At));
    }

    [Fact]
    public void IsDue_WeightReachesMaxGrams_True()
    {
        Assert.True(ConsolidationDue.IsDue(Rule(maxGrams: 1_000), [Parcel("r1", 400, At), Parcel("r2", 600, At)], At));
    }

    [Fact]
    public void IsDue_OldestWaitedEveryDays_True()
    {
        Assert.True(ConsolidationDue.IsDue(Rule(everyDays: 7), [Parcel("r2", 500, At), Parcel("r1", 500, At.AddDays(-7))], At));
    }

    [Fact]
    public void NextBox_MoreThanFits_TakesTheOldestUpToTheLimits()
    {
        var open = new[] { Parcel("r3", 900, At.AddHours(3)), Parcel("r1", 900, At.AddHours(1)), Parcel("r2", 900, At.AddHours(2)), Parcel("r4", 900, At.AddHours(4)) };

        var byCount = ConsolidationDue.NextBox(Rule(maxParcels: 3), open, At.AddHours(5));
        var byWeight = ConsolidationDue.NextBox(Rule(maxParcels: 10, maxGrams: 2_000), open, At.AddHours(5));

        Assert.Equal(["r1", "r2", "r3"], byCount.Select(p => p.ReturnId));
        Assert.Equal(["r1", "r2"], byWeight.Select(p => p.ReturnId));
    }

    [Fact]
    public void NextBox_ParcelHeavierThanABox_GoesAlone()
    {
        var box = ConsolidationDue.NextBox(Rule(maxGrams: 1_000), [Parcel("big", 5_000, At), Parcel("small", 100, At.AddHours(1))], At);

        Assert.Equal(["big"], box.Select(p => p.ReturnId));
    }

    [Fact]
    public void NextBox_NotDue_Empty()
    {
        Assert.Empty(ConsolidationDue.NextBox(Rule(), [Parcel("r1", 500, At)], At));
    }

    [Fact]
    public void NextBox_FullBoxThenANewerParcelArrives_SameBox()
    {
        var first = ConsolidationDue.NextBox(Rule(maxParcels: 2), [Parcel("r1", 500, At), Parcel("r2", 500, At.AddHours(1))], At.AddHours(2));
        var again = ConsolidationDue.NextBox(Rule(maxParcels: 2), [Parcel("r1", 500, At), Parcel("r2", 500, At.AddHours(1)), Parcel("r0", 100, At.AddHours(3))], At.AddHours(4));

        Assert.Equal(first.Select(p => p.ReturnId), again.Select(p => p.ReturnId));
        Assert.Equal(ConsolidationDue.ShipmentId("tw-tpe", first), ConsolidationDue.ShipmentId("tw-tpe", again));
        Assert.Equal("tw-tpe-r1", ConsolidationDue.ShipmentId("tw-tpe", first));
    }

    [Theory]
    [InlineData(1_000, 1_500 + 800)]       // 1.0 kg
    [InlineData(1_001, 1_500 + 880)]       // rounded up to 1.1 kg
    [InlineData(3_999, 1_500 + 3_200)]     // 4.0 kg
    [InlineData(0, 1_500)]
    [InlineData(50, 1_500 + 80)]           // 0.1 kg
    public void Freight_FixedPlusPerKgOnWeightRoundedUpToTenthOfKg(long grams, long expected)
    {
        Assert.Equal(expected, ConsolidationDue.Freight(Rule(), grams));
    }

    [Fact]
    public void Freight_PerKgPriceWithFractionOfAUnit_RoundsHalfUp()
    {
        var rule = Rule() with { FreightPerKg = 125, FixedCostPerShipment = 0 };

        Assert.Equal(13, ConsolidationDue.Freight(rule, 100));   // 12.5 -> 13
        Assert.Equal(25, ConsolidationDue.Freight(rule, 200));
    }
}
