using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Routing;
using Returns.Orchestrations.Routing.Network;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Ledger;

/// <summary>
/// The ledger entries of a return at one milestone, built from what the return recorded: the route decision's
/// costs as chosen, the claims assessment, the grades inspected and the money paid out. Entry ids are fixed per
/// return and milestone, so posting twice records once.
/// </summary>
public static class LedgerPostings
{
    public static IReadOnlyList<LedgerEntry> For(string milestone, Order order, ReturnRecord record, RoutingNetwork network, TaxClaimAssessment? claims, DateTimeOffset at)
    {
        var entries = new List<LedgerEntry>();
        var option = record.RouteDecision?.ChosenOption;
        var market = order.ShipTo.Country;
        var currency = record.Currency;
        IReadOnlyList<string> skus = [.. record.Lines.Select(l => l.Sku)];
        LedgerEntry Entry(string id, string kind, long amount, string? carrier = null, string? lane = null, int? grams = null, string? note = null, string? sku = null, string? inCurrency = null) =>
            new(record.ReturnId, id, kind, amount, inCurrency ?? currency, at, market, sku, carrier, lane, grams, note, skus);

        switch (milestone)
        {
            case LedgerMilestones.Shipped:
                var hub = network.Hubs.FirstOrDefault(h => h.Id == option?.HubId);
                var lane = $"{order.ShipTo.Country}-{hub?.Country ?? order.ShipFrom.Country}";
                var grams = Math.Max(100, record.Lines.Sum(l => (order.FindLine(l.Sku)?.WeightGrams ?? 0) * l.Quantity));
                foreach (var item in option?.Breakdown.Where(i => i.Item is "label" or "domestic_leg") ?? [])
                    entries.Add(Entry(item.Item, item.Item == "label" ? LedgerKinds.Label : LedgerKinds.DomesticLeg, item.Amount, option!.CarrierId, lane, grams, item.Note));
                if (DutyPaid(order, record) is { } duty)
                    entries.Add(Entry("duty-paid", LedgerKinds.DutyPaid, duty, note: "import charges on the delivery, returned share"));
                foreach (var claim in claims?.Claims.Where(c => c.Status == TaxClaimStatuses.Claimable && c.Estimate is not null) ?? [])
                    entries.Add(Entry("duty-recovered-" + claim.RuleId, LedgerKinds.DutyRecovered, -claim.Estimate!.Amount, note: claim.Name, inCurrency: claim.Estimate.Currency));
                break;
            case LedgerMilestones.Inspected:
                foreach (var item in option?.Breakdown.Where(i => i.Item is "handling" or "duty_not_recovered") ?? [])
                    entries.Add(Entry(item.Item + "-" + entries.Count, item.Item == "handling" ? LedgerKinds.Handling : LedgerKinds.DutyPaid, item.Amount, note: item.Note));
                entries.AddRange(Recovered(order, record, network, option).Select(r => Entry("recovered-" + r.Sku + "-" + r.Grade, LedgerKinds.RecoveredValue, -r.Amount, sku: r.Sku, note: r.Note)));
                break;
            case LedgerMilestones.Settled:
                if (record.Refund is { } refund)
                    entries.Add(Entry("refund", LedgerKinds.Refund, refund.Amount, note: refund.Reference, inCurrency: refund.Currency));
                if (record.Credit is { } credit)
                    entries.Add(Entry("credit", LedgerKinds.Credit, credit.Amount, note: credit.Reference, inCurrency: credit.Currency));
                foreach (var item in option?.Breakdown.Where(i => i.Item == "payment_fee") ?? [])
                    entries.Add(Entry("payment-fee", LedgerKinds.PaymentFee, item.Amount));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(milestone), milestone, "Unknown ledger milestone.");
        }

        return entries;
    }

    /// <summary>The import charges paid on the delivery (by the shop: DDP) for the returned share of the order.</summary>
    private static long? DutyPaid(Order order, ReturnRecord record)
    {
        if (!string.Equals(order.Incoterm, "DDP", StringComparison.OrdinalIgnoreCase) || order.ImportDuty is null && order.ImportTax is null)
            return null;
        var orderValue = order.Lines.Sum(l => l.UnitPrice * l.Quantity);
        var paid = (order.ImportDuty ?? 0) + (order.ImportTax ?? 0);
        return orderValue == 0 ? null : paid * record.ReturnedValue().Amount / orderValue;
    }

    /// <summary>What the inspected units are expected to recover where the route puts them: the hub's best outlet or restocking at home.</summary>
    private static IEnumerable<(string Sku, string Grade, long Amount, string Note)> Recovered(Order order, ReturnRecord record, RoutingNetwork network, RouteOption? option)
    {
        var hub = network.Hubs.FirstOrDefault(h => h.Id == option?.HubId);
        var local = option?.Kind == RouteKinds.HubLocalResale && hub is not null;
        foreach (var inspected in record.Inspection ?? [])
        {
            var line = record.FindLine(inspected.Sku);
            var category = order.FindLine(inspected.Sku)?.Category;
            if (line is null)
                continue;
            var percent = local
                ? hub!.Outlets.Max(o => category is not null && o.RecoveryPercentByCategory.TryGetValue(category, out var c) && c.TryGetValue(inspected.Grade, out var p)
                    ? p : o.RecoveryPercentByGrade.GetValueOrDefault(inspected.Grade))
                : network.Costs.HomeRecoveryPercentByGrade.GetValueOrDefault(inspected.Grade);
            yield return (inspected.Sku, inspected.Grade, line.UnitPrice * inspected.Quantity * percent / 100,
                local ? $"grade {inspected.Grade}, sold locally at {hub!.Name}" : $"grade {inspected.Grade}, restocked");
        }
    }
}
