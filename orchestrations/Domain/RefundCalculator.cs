namespace Returns.Orchestrations.Domain;

/// <summary>
/// What the customer gets back for the lines of one resolution: the price paid for the units that came back
/// (as inspected), or for all requested units when nothing is inspected (a returnless refund), minus the
/// deductions of the return's <see cref="RefundTerms"/>. Return postage is deducted once: from the money
/// refund when there is one, else from the store credit; never for a returnless refund, where nothing was sent.
/// Never below zero.
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
        long value = 0;
        foreach (var line in lines)
            value += UnitsBack(record, line) * line.UnitPrice;

        var terms = record.Terms ?? RefundTerms.None;
        var settled = Resolutions.Settled(record);
        var bearsPostage = record.Route != Workflow.RouteKinds.Returnless
            && (allLines || resolution == Resolutions.Refund || (resolution == Resolutions.StoreCredit && !settled.Contains(Resolutions.Refund)));
        return new Money(Estimate(value, terms, bearsPostage).Total, record.Currency);
    }

    private static int UnitsBack(ReturnRecord record, ReturnLine line)
    {
        if (record.Inspection is not { Count: > 0 } inspected)
            return line.Quantity;
        var units = inspected.Where(l => string.Equals(l.Sku, line.Sku, StringComparison.OrdinalIgnoreCase)).Sum(l => l.Quantity);
        return Math.Min(line.Quantity, units);
    }
}
