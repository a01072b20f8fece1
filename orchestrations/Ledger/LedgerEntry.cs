namespace Returns.Orchestrations.Ledger;

/// <summary>
/// One cost or recovery of one return, in minor units of <see cref="Currency"/> (positive: money out; negative:
/// money in). <see cref="EntryId"/> is unique within the return, so posting the same entry twice records it once.
/// </summary>
/// <param name="Kind">One of <see cref="LedgerKinds"/>.</param>
/// <param name="Market">The customer's country.</param>
/// <param name="Carrier">The carrier (label, legs, freight), when there is one.</param>
/// <param name="Lane">"DE-TW": where the parcel or freight went from and to.</param>
/// <param name="WeightGrams">The weight shipped, for the carrier negotiation report.</param>
/// <param name="ReturnSkus">The SKUs of the return, so a return-level cost counts for each SKU it carried.</param>
public sealed record LedgerEntry(
    string ReturnId,
    string EntryId,
    string Kind,
    long Amount,
    string Currency,
    DateTimeOffset At,
    string Market,
    string? Sku = null,
    string? Carrier = null,
    string? Lane = null,
    int? WeightGrams = null,
    string? Note = null,
    IReadOnlyList<string>? ReturnSkus = null);
