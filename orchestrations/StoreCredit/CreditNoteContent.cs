using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.StoreCredit;

/// <summary>
/// Everything printed on a store-credit note, in the customer's language (<see cref="Locale"/>, a BCP 47 tag): the
/// note's number is the credit's <see cref="Code"/>; amounts are minor units of <see cref="Currency"/>.
/// </summary>
/// <param name="Lines">The returned lines the credit is for; their amounts may differ from <see cref="Amount"/> by fees and adjustments.</param>
/// <param name="Amount">The credit as the refund calculation gave it.</param>
/// <param name="Bonus">The shop's extra (<see cref="BonusPercent"/> of the amount, rounded down).</param>
/// <param name="Total">What the customer can spend: amount plus bonus.</param>
/// <param name="ExpiresAt">Until when the credit can be used; null: no expiry.</param>
public sealed record CreditNoteContent(
    string Locale,
    string ShopName,
    string CustomerName,
    string ReturnId,
    string OrderNumber,
    IReadOnlyList<CreditNoteLine> Lines,
    string Code,
    string Currency,
    long Amount,
    int BonusPercent,
    long Bonus,
    long Total,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ExpiresAt)
{
    /// <summary>The document kind a return's credit note is stored and listed under.</summary>
    public const string DocumentKind = "credit-note";

    /// <summary>The sum of the lines' amounts.</summary>
    public long LinesTotal => Lines.Sum(l => l.Amount);

    /// <summary>
    /// The note for a return's store credit: the return's lines that resolve to store credit (all lines when none
    /// does, as for returns settled before lines had their own resolution), each with the units that came back as
    /// inspected (all requested units before inspection) at the price paid.
    /// </summary>
    public static CreditNoteContent For(ReturnRecord record, StoreCreditEntry entry, string shopName)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(entry);
        var credited = record.Lines.Where(l => Resolutions.Of(record, l) == Resolutions.StoreCredit).ToArray();
        var lines = (credited.Length > 0 ? credited : record.Lines)
            .Select(l => (Line: l, Units: UnitsBack(record, l)))
            .Where(x => x.Units > 0)
            .Select(x => new CreditNoteLine(x.Line.Name, x.Units, x.Units * x.Line.UnitPrice))
            .ToArray();
        return new CreditNoteContent(
            record.Locale, shopName, record.CustomerName, entry.ReturnId, entry.OrderNumber, lines, entry.Code, entry.Currency,
            entry.Amount, entry.BonusPercent, entry.Bonus, entry.Total, entry.IssuedAt, entry.ExpiresAt);
    }

    private static int UnitsBack(ReturnRecord record, ReturnLine line)
    {
        if (record.Inspection is not { Count: > 0 } inspected)
            return line.Quantity;
        var units = inspected.Where(i => string.Equals(i.Sku, line.Sku, StringComparison.OrdinalIgnoreCase)).Sum(i => i.Quantity);
        return Math.Min(line.Quantity, units);
    }
}
