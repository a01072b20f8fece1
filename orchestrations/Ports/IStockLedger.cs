using Returns.Orchestrations.Backoffice;

namespace Returns.Orchestrations.Ports;

/// <summary>The returned-stock ledger: every inspected unit, its disposition, where it is and what it brought back.</summary>
public interface IStockLedger
{
    /// <summary>
    /// Records the unit's current state, replacing the one recorded for the same return, SKU and unit number; recording
    /// the same state again changes nothing, and a state older (by <see cref="StockUnit.UpdatedAt"/>) than the one
    /// recorded is ignored, so a retried write cannot undo a later one.
    /// </summary>
    /// <exception cref="ArgumentException">The unit fails <see cref="StockUnitChecks.Problem"/>.</exception>
    Task RecordAsync(StockUnit unit, CancellationToken cancellationToken = default);

    /// <summary>The units matching every filter given (null: any), ordered by return, SKU and unit number. Filters match exactly.</summary>
    Task<IReadOnlyList<StockUnit>> QueryAsync(string? returnId, string? sku, string? status, string? location, CancellationToken cancellationToken = default);
}
