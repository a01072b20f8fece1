namespace Returns.Orchestrations.Ledger;

/// <summary>Filters for ledger entries; null matches everything.</summary>
public sealed record LedgerQuery(string? ReturnId = null, string? Sku = null, string? Market = null, string? Carrier = null, string? Kind = null);
