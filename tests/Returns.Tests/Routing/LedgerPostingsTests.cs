using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Workflow;
using static Returns.Tests.Compliance.ComplianceScenarios;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Routing;

/// <summary>What a return posts to the cost ledger: the chosen route's costs as decided, grades' recovery, the money paid.</summary>
public sealed class LedgerPostingsTests
{
    private static readonly DateTimeOffset At = DayAfterDelivery(9);

    private static (Order Order, ReturnRecord Record) JacketThroughTheGermanHub()
    {
        var jacket = Tee with { Sku = "JACKET-DOWN", Name = "Down jacket", Quantity = 1, UnitPrice = 24_900, WeightGrams = 900 };
        var order = Shipped("TW", "DE", null, jacket) with { Incoterm = "DDP", ImportTax = 4_731 };
        var record = Return(ReturnOf(jacket, "size_too_small")) with { OrderNumber = order.OrderNumber };
        var decision = Planner.Decide(Merchant(), Network, order, record, DayAfterDelivery(2));
        return (order, record with
        {
            RouteDecision = decision,
            Inspection = [new InspectedLine("JACKET-DOWN", 1, "B")],
            Refund = new RefundInfo(Resolutions.Refund, 24_900, "EUR", "succeeded", "RF-1", At),
        });
    }

    [Fact]
    public void Postings_EachMilestone_PostTheChosenRoutesCostsAndTheMoneyPaid()
    {
        var (order, record) = JacketThroughTheGermanHub();
        var option = record.RouteDecision!.ChosenOption;

        var shipped = LedgerPostings.For(LedgerMilestones.Shipped, order, record, Network, null, At);
        var inspected = LedgerPostings.For(LedgerMilestones.Inspected, order, record, Network, null, At);
        var settled = LedgerPostings.For(LedgerMilestones.Settled, order, record, Network, null, At);

        Assert.Equal(option.Breakdown.Where(i => i.Item is "label" or "domestic_leg").Sum(i => i.Amount),
            shipped.Where(e => e.Kind is LedgerKinds.Label or LedgerKinds.DomesticLeg).Sum(e => e.Amount));
        Assert.Equal(4_731, shipped.Single(e => e.Kind == LedgerKinds.DutyPaid).Amount);
        Assert.Equal(option.Breakdown.Where(i => i.Item == "handling").Sum(i => i.Amount),
            inspected.Where(e => e.Kind == LedgerKinds.Handling).Sum(e => e.Amount));
        Assert.True(inspected.Single(e => e.Kind == LedgerKinds.RecoveredValue).Amount < 0);
        Assert.Equal(24_900, settled.Single(e => e.Kind == LedgerKinds.Refund).Amount);
        Assert.Equal(option.Breakdown.Single(i => i.Item == "payment_fee").Amount, settled.Single(e => e.Kind == LedgerKinds.PaymentFee).Amount);
        Assert.All(shipped.Concat(inspected).Concat(settled), e => Assert.Equal(["JACKET-DOWN"], e.ReturnSkus!));
    }

    [Fact]
    public void Postings_TheSameMilestoneTwice_SameEntryIds()
    {
        var (order, record) = JacketThroughTheGermanHub();

        var first = LedgerPostings.For(LedgerMilestones.Inspected, order, record, Network, null, At);
        var second = LedgerPostings.For(LedgerMilestones.Inspected, order, record, Network, null, At.AddMinutes(5));

        Assert.Equal(first.Select(e => e.EntryId), second.Select(e => e.EntryId));
        Assert.Equal(first.Count, first.Select(e => e.EntryId).Distinct().Count());
    }

    [Fact]
    public void Postings_LocalResale_RecoversAtTheHubsBestOutletRate()
    {
        var (order, record) = JacketThroughTheGermanHub();
        var local = record with { RouteDecision = record.RouteDecision! with { Chosen = RouteKinds.HubLocalResale } };

        var home = LedgerPostings.For(LedgerMilestones.Inspected, order, record with { RouteDecision = record.RouteDecision with { Chosen = RouteKinds.HubConsolidated } }, Network, null, At);
        var resale = LedgerPostings.For(LedgerMilestones.Inspected, order, local, Network, null, At);

        var bestOutlet = Network.Hubs.Single(h => h.Id == "hub-de").Outlets.Max(o => o.RecoveryPercentByGrade["B"]);
        Assert.Equal(-24_900 * bestOutlet / 100, resale.Single(e => e.Kind == LedgerKinds.RecoveredValue).Amount);
        Assert.Equal(-24_900 * Network.Costs.HomeRecoveryPercentByGrade["B"] / 100, home.Single(e => e.Kind == LedgerKinds.RecoveredValue).Amount);
    }
}
