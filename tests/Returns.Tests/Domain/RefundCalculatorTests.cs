using Returns.Orchestrations.Domain;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Domain;

public sealed class RefundCalculatorTests
{
    [Fact]
    public void Calculate_NothingInspected_RefundsAllRequestedUnits()
    {
        var record = Return(TeeLine(2), CoatLine());

        Assert.Equal(new Money(2 * 2500 + 60000, "EUR"), RefundCalculator.Calculate(record));
    }

    [Fact]
    public void Calculate_EmptyInspection_TreatedAsReturnless()
    {
        var record = Return(TeeLine(2)) with { Inspection = [] };

        Assert.Equal(new Money(5000, "EUR"), RefundCalculator.Calculate(record));
    }

    [Fact]
    public void Calculate_EmptyBoxNothingInspected_RefundsNothing()
    {
        var record = Return(TeeLine(2)) with
        {
            Receipt = new ReceiptDetails("Hub", [], DeliveredAt) { Flags = [ReceiptFlags.EmptyBox] },
            Inspection = [],
        };

        Assert.Equal(new Money(0, "EUR"), RefundCalculator.Calculate(record));
    }

    [Fact]
    public void Calculate_ReturnlessRefund_DeductsNoPostageButTheFee()
    {
        var record = Return(TeeLine(2)) with { Terms = new RefundTerms(10, 500), Route = Orchestrations.Workflow.RouteKinds.Returnless };

        Assert.Equal(new Money(4500, "EUR"), RefundCalculator.Calculate(record));
        Assert.Equal(new Money(4000, "EUR"), RefundCalculator.Calculate(record with { Route = Orchestrations.Workflow.RouteKinds.Direct }));
    }

    [Fact]
    public void Calculate_FewerUnitsInspected_RefundsOnlyThoseUnits()
    {
        var record = Return(TeeLine(2), CoatLine()) with { Inspection = [new InspectedLine("TEE-BLK-M", 1, "A")] };

        Assert.Equal(new Money(2500, "EUR"), RefundCalculator.Calculate(record));
    }

    [Fact]
    public void Calculate_SameSkuInspectedInSeveralGrades_SumsUnitsCaseInsensitively()
    {
        var record = Return(TeeLine(3), CoatLine()) with
        {
            Inspection = [new InspectedLine("TEE-BLK-M", 1, "A"), new InspectedLine("tee-blk-m", 1, "D", "torn"), new InspectedLine("COAT-GRY-L", 1, "B")],
        };

        Assert.Equal(new Money(2 * 2500 + 60000, "EUR"), RefundCalculator.Calculate(record));
    }

    [Fact]
    public void Calculate_MoreUnitsInspectedThanReturned_CapsAtReturnedQuantity()
    {
        var record = Return(TeeLine(2)) with { Inspection = [new InspectedLine("TEE-BLK-M", 5, "A")] };

        Assert.Equal(new Money(5000, "EUR"), RefundCalculator.Calculate(record));
    }

    [Fact]
    public void Calculate_InspectedSkuNotInReturn_Ignored()
    {
        var record = Return(TeeLine(1)) with { Currency = "JPY", Inspection = [new InspectedLine("TEE-BLK-M", 1, "A"), new InspectedLine("HAT", 4, "A")] };

        Assert.Equal(new Money(2500, "JPY"), RefundCalculator.Calculate(record));
    }
}
