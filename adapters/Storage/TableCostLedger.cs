using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

/// <summary>
/// The cost ledger in Table storage: one partition per return (a return's entries read in one query), one row per
/// entry id (a second post of the same entry is a conflict and changes nothing). Queries across returns scan with a
/// server-side filter on the indexed-by-value columns.
/// </summary>
public sealed class TableCostLedger(ReturnsStorage storage) : ICostLedger
{
    private const string Table = "CostLedger";

    public async Task PostAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(Table);
        var row = new TableEntity(TableKeys.Escape(entry.ReturnId), TableKeys.Escape(entry.EntryId))
        {
            ["Kind"] = entry.Kind,
            ["Market"] = entry.Market,
            ["Carrier"] = entry.Carrier,
            ["Sku"] = entry.Sku,
            ["Skus"] = entry.ReturnSkus is { Count: > 0 } skus ? "|" + string.Join("|", skus) + "|" : null,
            ["Month"] = entry.At.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ["Json"] = StoredJson.Serialize(entry),
        };
        try
        {
            await table.AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Posted before (a retried activity): the ledger keeps the first.
        }
    }

    public async Task<IReadOnlyList<LedgerEntry>> QueryAsync(LedgerQuery query, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(Table);
        var filters = new List<string>();
        if (query.ReturnId is { } returnId)
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(returnId)}"));
        if (query.Market is { } market)
            filters.Add(TableClient.CreateQueryFilter($"Market eq {market.ToUpperInvariant()}"));
        if (query.Carrier is { } carrier)
            filters.Add(TableClient.CreateQueryFilter($"Carrier eq {carrier}"));
        if (query.Kind is { } kind)
            filters.Add(TableClient.CreateQueryFilter($"Kind eq {kind}"));

        var result = new List<LedgerEntry>();
        var filter = filters.Count == 0 ? null : string.Join(" and ", filters);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            // Table storage has no "contains": the SKU filter runs here, on the return's SKUs.
            if (query.Sku is { } sku && !(row.GetString("Skus") ?? "").Contains("|" + sku + "|", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(row.GetString("Sku"), sku, StringComparison.OrdinalIgnoreCase))
                continue;
            result.Add(StoredJson.Deserialize<LedgerEntry>(row.GetString("Json")));
        }

        return result;
    }
}
