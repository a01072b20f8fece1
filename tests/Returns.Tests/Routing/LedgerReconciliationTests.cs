using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ledger;
using static Returns.Tests.Compliance.ComplianceScenarios;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Routing;

/// <summary>
/// Per return, the ledger reconciles: what it shows paid out equals the refund and the credit the return recorded,
/// and what it shows recovered equals the inspected units at their grade's recovery rate.
/// </summary>
public sealed class LedgerReconciliationTests
{
    [Fact]
    public void Ledger_MixedReturnRefundAndCredit_ReconcilesWithTheReturn()
    {
        var tee = Tee with { Quantity = 2 };
        var coat = Order().FindLine("COAT-GRY-L")!;
        var order = Shipped("TW", "US", "CO", tee, coat);
        var lines = new[] { ReturnOf(tee) with { Quantity = 2, Resolution = Resolutions.Refund }, ReturnOf(coat) with { Resolution = Resolutions.StoreCredit } };
        var record = Return(lines) with
        {
            OrderNumber = order.OrderNumber,
            Resolution = Resolutions.Mixed,
            Inspection = [new InspectedLine(tee.Sku, 2, "B"), new InspectedLine(coat.Sku, 1, "A")],
        };
        record = record with { RouteDecision = Planner.Decide(Merchant(), Network, order, record, DayAfterDelivery(2)) };
        var refund = RefundCalculator.Calculate(record, Resolutions.Refund);
        var credit = RefundCalculator.Calculate(record, Resolutions.StoreCredit);
        record = record with
        {
            Refund = new RefundInfo(Resolutions.Refund, refund.Amount, refund.Currency, "succeeded", "RF-1", DayAfterDelivery(9)),
            Credit = new RefundInfo(Resolutions.StoreCredit, credit.Amount, credit.Currency, "succeeded", "SC-1", DayAfterDelivery(9)),
        };

        var entries = new[] { LedgerMilestones.Shipped, LedgerMilestones.Inspected, LedgerMilestones.Settled }
            .SelectMany(m => LedgerPostings.For(m, order, record, Network, null, DayAfterDelivery(9)))
            .ToList();

        long Sum(string kind) => entries.Where(e => e.Kind == kind).Sum(e => e.Amount);
        Assert.Equal(record.Refund.Amount, Sum(LedgerKinds.Refund));
        Assert.Equal(record.Credit.Amount, Sum(LedgerKinds.Credit));
        var home = Network.Costs.HomeRecoveryPercentByGrade;
        Assert.Equal(-((2 * tee.UnitPrice * home["B"] / 100) + (coat.UnitPrice * home["A"] / 100)), Sum(LedgerKinds.RecoveredValue));
        Assert.Equal(entries.Count, entries.Select(e => e.EntryId).Distinct().Count());
        Assert.Equal(entries.Sum(e => e.Amount), LedgerKinds.All.Sum(Sum));
    }
}
