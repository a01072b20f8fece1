using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Domain;

/// <summary>The merchant's own window and final-sale rules, in a market where no statutory right applies.</summary>
public sealed class MerchantPolicyWindowTests
{
    private static OrderLine Tee(Order order) => order.FindLine("TEE-BLK-M")!;

    [Fact]
    public void CheckLine_WithinWindow_EligibleForAllUnitsUntilDeliveryPlusWindow()
    {
        var order = UsOrder();

        var check = Policy().CheckLine(order, Tee(order), 0, DeliveredAt.AddDays(10));

        Assert.True(check.Eligible);
        Assert.Equal(3, check.ReturnableQuantity);
        Assert.Equal(DeliveredAt.AddDays(30), check.WindowEndsAt);
        Assert.Equal("policy", check.Basis);
        Assert.Null(check.Law);
    }

    [Fact]
    public void CheckLine_OrderPlacedLongAgoButDeliveredRecently_CountsWindowFromDelivery()
    {
        var order = UsOrder(deliveredAt: PlacedAt.AddDays(40));

        var check = Policy(o => o.WindowDays = 14).CheckLine(order, Tee(order), 0, PlacedAt.AddDays(50));

        Assert.True(check.Eligible);
        Assert.Equal(PlacedAt.AddDays(54), check.WindowEndsAt);
    }

    [Fact]
    public void CheckLine_ExactlyAtWindowEnd_StillEligible()
    {
        var order = UsOrder();

        Assert.True(Policy().CheckLine(order, Tee(order), 0, DeliveredAt.AddDays(30)).Eligible);
    }

    [Fact]
    public void CheckLine_AfterWindow_IneligibleWithClosingDate()
    {
        var order = UsOrder();

        var check = Policy().CheckLine(order, Tee(order), 0, DeliveredAt.AddDays(30).AddSeconds(1));

        Assert.False(check.Eligible);
        Assert.Equal(0, check.ReturnableQuantity);
        Assert.Equal(DeliveredAt.AddDays(30), check.WindowEndsAt);
        Assert.Equal("The return window closed on 2025-03-31.", check.IneligibleReason);
    }

    [Fact]
    public void CheckLine_FinalSaleTagInAnyCase_Ineligible()
    {
        var order = UsOrder();

        var check = Policy().CheckLine(order, order.FindLine("MUG-WHT")!, 0, DeliveredAt.AddDays(1));

        Assert.False(check.Eligible);
        Assert.Equal(0, check.ReturnableQuantity);
        Assert.Equal("This item was sold as final sale and cannot be returned.", check.IneligibleReason);
    }

    [Fact]
    public void CheckLine_CustomFinalSaleTag_OnlyThatTagCounts()
    {
        var order = UsOrder();

        var policy = Policy(o => o.FinalSaleTag = "clearance");

        Assert.True(policy.CheckLine(order, order.FindLine("MUG-WHT")!, 0, DeliveredAt.AddDays(1)).Eligible);
    }

    [Fact]
    public void CheckLine_NotDelivered_IneligibleWithoutWindow()
    {
        var order = UsOrder(delivered: false);

        var check = Policy().CheckLine(order, Tee(order), 0, PlacedAt.AddDays(1));

        Assert.Equal(new Orchestrations.Policy.LineEligibility(false, 0, null, "This order has not been delivered yet; returns open once it arrives.", Orchestrations.Policy.IneligibleCodes.NotDelivered), check);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    public void CheckLine_UnitsAlreadyInReturns_LeavesTheRemainder(int alreadyReturned, int expected)
    {
        var order = UsOrder();

        var check = Policy().CheckLine(order, Tee(order), alreadyReturned, DeliveredAt.AddDays(1));

        Assert.True(check.Eligible);
        Assert.Equal(expected, check.ReturnableQuantity);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void CheckLine_AllUnitsAlreadyInReturns_Ineligible(int alreadyReturned)
    {
        var order = UsOrder();

        var check = Policy().CheckLine(order, Tee(order), alreadyReturned, DeliveredAt.AddDays(1));

        Assert.False(check.Eligible);
        Assert.Equal(0, check.ReturnableQuantity);
        Assert.Equal("All units of this item are already in a return.", check.IneligibleReason);
    }

    [Fact]
    public void Decide_EligibleLowValue_Approves()
    {
        var decision = Policy().Decide(UsOrder(), Return(TeeLine(2)), DeliveredAt.AddDays(2));

        Assert.Equal(new PolicyDecision(PolicyOutcomes.Approve, "Approved under the seller's return policy.", true), decision);
    }

    [Fact]
    public void Decide_ValueAboveReviewAmount_SendsToReviewWithConfiguredDefault()
    {
        var decision = Policy(o => o.ApproveOnReviewTimeout = false).Decide(UsOrder(), Return(CoatLine()), DeliveredAt.AddDays(2));

        Assert.Equal(new PolicyDecision(PolicyOutcomes.Review, "The seller reviews returns of this value before issuing a label.", false), decision);
    }

    [Fact]
    public void Decide_ValueExactlyAtReviewAmount_Approves()
    {
        var decision = Policy(o => o.ReviewAboveAmount = 5000).Decide(UsOrder(), Return(TeeLine(2)), DeliveredAt.AddDays(2));

        Assert.Equal(PolicyOutcomes.Approve, decision.Outcome);
    }

    [Fact]
    public void Decide_AllUnitsOfThisReturn_AreNotCountedAsAlreadyReturned()
    {
        var decision = Policy().Decide(UsOrder(), Return(TeeLine(3)), DeliveredAt.AddDays(2));

        Assert.Equal(PolicyOutcomes.Approve, decision.Outcome);
    }

    [Fact]
    public void Decide_SkuNotInOrder_RejectsNamingSkuAndUsOrder()
    {
        var request = Return(new ReturnLine("SOCK-RED", "Socks", 1, 500, "other"));

        var decision = Policy().Decide(UsOrder(), request, DeliveredAt.AddDays(2));

        Assert.Equal(PolicyOutcomes.Reject, decision.Outcome);
        Assert.Equal("Item SOCK-RED is not part of order TW-1001.", decision.Reason);
    }

    [Fact]
    public void Decide_OneLineOutsideWindow_RejectsWithWindowReason()
    {
        var decision = Policy().Decide(UsOrder(), Return(TeeLine(1)), DeliveredAt.AddDays(31));

        Assert.Equal(PolicyOutcomes.Reject, decision.Outcome);
        Assert.Equal("The return window closed on 2025-03-31.", decision.Reason);
    }

    [Fact]
    public void Decide_FinalSaleLineAmongEligibleOnes_Rejects()
    {
        var request = Return(TeeLine(1), new ReturnLine("mug-wht", "Mug white", 1, 1200, "changed_mind"));

        var decision = Policy().Decide(UsOrder(), request, DeliveredAt.AddDays(2));

        Assert.Equal(PolicyOutcomes.Reject, decision.Outcome);
        Assert.Equal("This item was sold as final sale and cannot be returned.", decision.Reason);
    }
}
