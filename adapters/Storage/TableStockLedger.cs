using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Backoffice;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

/// <summary>
/// The returned-stock ledger in Table storage: one partition per return (a return's units read in one query), one row
/// per SKU and unit number, one column per field so the filters run on the server. A write replaces the row unless the
/// row holds a newer state (its UpdatedAt is later); the check and the write are tied by the row's ETag, so two writers
/// cannot interleave.
/// </summary>
public sealed class TableStockLedger(ReturnsStorage storage) : IStockLedger
{
    private const string Table = "StockLedger";
    private const int Attempts = 10; // each failed attempt means another writer succeeded, so n writers need at most n

    public async Task RecordAsync(StockUnit unit, CancellationToken cancellationToken = default)
    {
        if (StockUnitChecks.Problem(unit) is { } problem)
            throw new ArgumentException(problem, nameof(unit));
        var table = await storage.TableAsync(Table);
        var row = ToEntity(unit);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var existing = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
                if (!existing.HasValue || existing.Value is null)
                {
                    await table.AddEntityAsync(row, cancellationToken);
                    return;
                }

                if (existing.Value.GetDateTimeOffset(nameof(StockUnit.UpdatedAt)) is { } recorded && recorded > unit.UpdatedAt)
                    return; // a later state is already recorded (this is a late retry)
                await table.UpdateEntityAsync(row, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < Attempts)
            {
                // Another writer got in between the read and the write: read again.
            }
        }
    }

    public async Task<IReadOnlyList<StockUnit>> QueryAsync(string? returnId, string? sku, string? status, string? location,
        CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(Table);
        var filters = new List<string>();
        if (returnId is not null)
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(returnId)}"));
        if (sku is not null)
            filters.Add(TableClient.CreateQueryFilter($"Sku eq {sku}"));
        if (status is not null)
            filters.Add(TableClient.CreateQueryFilter($"Status eq {status}"));
        if (location is not null)
            filters.Add(TableClient.CreateQueryFilter($"Location eq {location}"));

        var result = new List<StockUnit>();
        var filter = filters.Count == 0 ? null : string.Join(" and ", filters);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            result.Add(FromEntity(row));
        return result
            .OrderBy(u => u.ReturnId, StringComparer.Ordinal)
            .ThenBy(u => u.Sku, StringComparer.Ordinal)
            .ThenBy(u => u.Unit)
            .ToList();
    }

    /// <summary>
    /// The row key: the escaped SKU, a dot, the unit number (at least 4 digits, so units sort in order). Escaped SKUs
    /// and digits hold no dot after the last one, so no two (SKU, unit) pairs share a key.
    /// </summary>
    internal static string RowKey(string sku, int unit) => TableKeys.Escape(sku) + "." + unit.ToString("D4", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(StockUnit unit) => new(TableKeys.Escape(unit.ReturnId), RowKey(unit.Sku, unit.Unit))
    {
        [nameof(StockUnit.ReturnId)] = unit.ReturnId,
        [nameof(StockUnit.Sku)] = unit.Sku,
        [nameof(StockUnit.Unit)] = unit.Unit,
        [nameof(StockUnit.Grade)] = unit.Grade,
        [nameof(StockUnit.Disposition)] = unit.Disposition,
        [nameof(StockUnit.DispositionOverride)] = unit.DispositionOverride,
        [nameof(StockUnit.Location)] = unit.Location,
        [nameof(StockUnit.Status)] = unit.Status,
        [nameof(StockUnit.ValueRecovered)] = unit.ValueRecovered,
        [nameof(StockUnit.Currency)] = unit.Currency,
        [nameof(StockUnit.UpdatedAt)] = unit.UpdatedAt.ToUniversalTime(),
        [nameof(StockUnit.Notes)] = unit.Notes,
    };

    private static StockUnit FromEntity(TableEntity row) => new(
        row.GetString(nameof(StockUnit.ReturnId)),
        row.GetString(nameof(StockUnit.Sku)),
        row.GetInt32(nameof(StockUnit.Unit)) ?? 0,
        row.GetString(nameof(StockUnit.Grade)),
        row.GetString(nameof(StockUnit.Disposition)),
        row.GetString(nameof(StockUnit.DispositionOverride)),
        row.GetString(nameof(StockUnit.Location)),
        row.GetString(nameof(StockUnit.Status)),
        row.GetInt64(nameof(StockUnit.ValueRecovered)) ?? 0,
        row.GetString(nameof(StockUnit.Currency)),
        row.GetDateTimeOffset(nameof(StockUnit.UpdatedAt)) ?? DateTimeOffset.MinValue,
        row.GetString(nameof(StockUnit.Notes)));
}
