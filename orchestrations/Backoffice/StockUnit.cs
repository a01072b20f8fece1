namespace Returns.Orchestrations.Backoffice;

/// <summary>
/// One returned unit in the returned-stock ledger: its grade, what the rules chose for it (and what a person chose
/// instead), where it is and what it brought back. One row per unit, keyed by return, SKU and unit number.
/// </summary>
/// <param name="Unit">Which unit of the returned line, from 1 to the quantity returned.</param>
/// <param name="Grade">"A" to "D".</param>
/// <param name="Disposition">What the disposition table chose (<see cref="DispositionKinds"/>).</param>
/// <param name="DispositionOverride">What a person chose instead, or null; <see cref="EffectiveDisposition"/> is the one carried out.</param>
/// <param name="Location">Where the unit is: a hub id ("hub-de"), the seller's warehouse, a bin.</param>
/// <param name="Status">One of <see cref="StockStatuses.All"/>.</param>
/// <param name="ValueRecovered">Money recovered so far, in minor units of <paramref name="Currency"/>; 0 until sold.</param>
public sealed record StockUnit(
    string ReturnId,
    string Sku,
    int Unit,
    string Grade,
    string Disposition,
    string? DispositionOverride,
    string Location,
    string Status,
    long ValueRecovered,
    string Currency,
    DateTimeOffset UpdatedAt,
    string? Notes)
{
    /// <summary>The disposition carried out: the override when a person made one, else the table's.</summary>
    public string EffectiveDisposition => DispositionOverride ?? Disposition;
}
