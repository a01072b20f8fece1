using Returns.Orchestrations.Ledger;

namespace Returns.Orchestrations.Ports;

/// <summary>The cost ledger: every cost and recovery of every return.</summary>
public interface ICostLedger
{
    /// <summary>Records an entry; an entry with the same return and entry id is recorded once.</summary>
    Task PostAsync(LedgerEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<LedgerEntry>> QueryAsync(LedgerQuery query, CancellationToken cancellationToken = default);
}
