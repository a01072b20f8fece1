namespace Returns.Orchestrations.Domain;

/// <summary>
/// What the customer gets back: the price paid for the units that came back (as inspected), or for
/// all requested units when nothing is inspected (a returnless refund). Deductions come with the
/// compliance rules.
/// </summary>
public static class RefundCalculator
{
    public static Money Calculate(ReturnRecord record)
    {
        if (record.Inspection is not { Count: > 0 } inspected)
            return record.ReturnedValue();

        long total = 0;
        foreach (var group in inspected.GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase))
        {
            var line = record.FindLine(group.Key);
            if (line is null)
                continue;
            var units = Math.Min(line.Quantity, group.Sum(l => l.Quantity));
            total += units * line.UnitPrice;
        }

        return new Money(total, record.Currency);
    }
}
