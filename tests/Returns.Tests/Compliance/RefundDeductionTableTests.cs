using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;
using static Returns.Tests.Compliance.ComplianceScenarios;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Compliance;

/// <summary>
/// The refund per market for the same return: a tee bought with a 4.95 delivery charge, sent back whole on day 5 and
/// inspected at grade C, under a policy with a 10 % restocking fee, 5.00 postage paid by the customer and a 30 %
/// loss-of-value deduction for grade C. Only what both the policy and the law allow is deducted.
/// </summary>
public sealed class RefundDeductionTableTests
{
    private static readonly MerchantPolicy Policy = Merchant(o =>
    {
        o.RestockingFeePercent = 10;
        o.ReturnPostagePaidBy = PostagePayers.Customer;
        o.ReturnPostageFee = 500;
    }) with { LossOfValuePercentByGrade = new Dictionary<string, int> { ["C"] = 30 } };

    [Theory]
    // market, region, refund: price 2500 x 3 = 7500
    [InlineData("DE", null, 7500 - 2250 - 500 + 495)]   // EU withdrawal: no fee, loss of value and informed postage allowed, delivery refunded
    [InlineData("GB", null, 7500 - 2250 - 500 + 495)]   // UK cancellation: the same
    [InlineData("TW", null, 7500)]                      // Taiwan: no cost to the customer, no loss-of-value deduction
    [InlineData("BR", null, 7500 + 495)]                // Brazil: supplier pays, freight refunded, no deduction in the statute
    [InlineData("KR", null, 7500 - 500)]                // Korea: no penalty or fee; change-of-mind postage is the customer's
    [InlineData("US", "CO", 7500 - 2250 - 525 - 500)]   // no statutory right: the policy applies as written (fee on the value after the loss)
    public void Refund_ChangeOfMindWholeOrderGradeC_DeductsWhatPolicyAndLawAllow(string country, string? region, long expected)
    {
        var tee = Tee with { Quantity = 3 };
        var order = Shipped("TW", country, region, tee) with { ShippingCharge = 495 };
        var lines = new[] { ReturnOf(tee) with { Quantity = 3 } };

        var terms = Engine.Terms(Policy, order, lines, DayAfterDelivery(5));
        var record = Return(lines) with { Terms = terms, Inspection = [new InspectedLine(tee.Sku, 3, "C")] };

        Assert.Equal(new Money(expected, record.Currency), RefundCalculator.Calculate(record));
    }

    [Fact]
    public void Refund_PartOfTheOrder_NoDeliveryChargeBack()
    {
        var tee = Tee with { Quantity = 3 };
        var order = Shipped("TW", "DE", null, tee) with { ShippingCharge = 495 };

        var terms = Engine.Terms(Policy, order, [ReturnOf(tee) with { Quantity = 2 }], DayAfterDelivery(5));

        Assert.Equal(0, terms.OutboundDelivery);
    }
}
