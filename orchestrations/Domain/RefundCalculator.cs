namespace Returns.Orchestrations.Domain;

/// <summary>
/// What the customer gets back for the lines of one resolution: the price paid for the units that came back
/// (as inspected), or for all requested units when nothing is inspected (a returnless refund), minus the
/// deductions of the return's <see cref="RefundTerms"/> (restocking fee, loss of value of units inspected at a lower
/// grade) plus the outbound delivery charge the law requires refunding. Postage and the delivery charge go with one
/// settlement: the money refund when there is one, else the store credit; postage is never deducted from a
/// returnless refund, where nothing was sent. Never below zero.
/// </summary>
public static class RefundCalculator
{
    public static Money Calculate(ReturnRecord record) => Calculate(record, Resolutions.Refund, allLines: true);

    public static Money Calculate(ReturnRecord record, string resolution) => Calculate(record, resolution, allLines: false);

    /// <summary>The estimate the portal shows: value, restocking fee and postage for a selection before it is a return.</summary>
    public static (long Restocking, long Postage, long Total) Estimate(long value, RefundTerms terms, bool bearsPostage)
    {
        var restocking = value * terms.RestockingFeePercent / 100;
        var postage = bearsPostage ? terms.ReturnPostage : 0;
        return (restocking, postage, Math.Max(0, value - restocking - postage));
    }

    private static Money Calculate(ReturnRecord record, string resolution, bool allLines)
    {
        var lines = record.Lines.Where(l => allLines || Resolutions.Of(record, l) == resolution).ToArray();
        var terms = record.Terms ?? RefundTerms.None;
        long value = 0;
        foreach (var line in lines)
            value += (UnitsBack(record, line) * line.UnitPrice) - LossOfValue(record, line, terms);

        var settled = Resolutions.Settled(record);
        // The order-level amounts (postage, the outbound delivery charge) go with one settlement only.
        var carriesOrderAmounts = allLines || resolution == Resolutions.Refund
            || (resolution == Resolutions.StoreCredit && !settled.Contains(Resolutions.Refund));
        var bearsPostage = carriesOrderAmounts && record.Route != Workflow.RouteKinds.Returnless;
        var total = Estimate(Math.Max(0, value), terms, bearsPostage).Total + (carriesOrderAmounts ? terms.OutboundDelivery : 0);
        return new Money(total, record.Currency);
    }

    /// <summary>The deduction for loss of value of a line's inspected units, by grade, where the terms allow one.</summary>
    private static long LossOfValue(ReturnRecord record, ReturnLine line, RefundTerms terms)
    {
        if (terms.LossOfValuePercentByGrade is not { Count: > 0 } percents || record.Inspection is not { Count: > 0 } inspected)
            return 0;
        return inspected
            .Where(i => string.Equals(i.Sku, line.Sku, StringComparison.OrdinalIgnoreCase))
            .Sum(i => i.Quantity * line.UnitPrice * percents.GetValueOrDefault(i.Grade) / 100);
    }

    private static int UnitsBack(ReturnRecord record, ReturnLine line)
    {
        // Nothing inspected: a returnless refund pays every unit; a parcel with nothing announced in it (an empty
        // box, only wrong items) none.
        if (record.Inspection is not { Count: > 0 } inspected)
            return record.Receipt is { Lines.Count: 0, Flags.Count: > 0 } ? 0 : line.Quantity;
        var units = inspected.Where(l => string.Equals(l.Sku, line.Sku, StringComparison.OrdinalIgnoreCase)).Sum(l => l.Quantity);
        return Math.Min(line.Quantity, units);
    }
}
