using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.StoreCredit;

namespace Returns.Adapters.Storage;

/// <summary>
/// The store-credit ledger in Table storage: one partition per customer, keyed by a SHA-256 of the lower-cased email
/// (no address appears in a key), one row per grant id. A grant is added only if its row is absent, so a repeat (a
/// retried activity, two racing ones) finds the first entry and returns it unchanged. A balance reads the customer's
/// partition in one query, filtered by currency on the server.
/// </summary>
/// <param name="codes">How redeemable codes are derived; null: an unkeyed SHA-256 of the grant id.</param>
public sealed class TableStoreCredit(ReturnsStorage storage, StoreCreditCodes? codes = null) : IStoreCredit
{
    private const string Table = "StoreCredit";

    public async Task<StoreCreditEntry> GrantAsync(StoreCreditGrant grant, CancellationToken ct = default)
    {
        var entry = StoreCreditEntry.Issue(grant, codes);
        var table = await storage.TableAsync(Table);
        var row = new TableEntity(PartitionKey(entry.CustomerEmail), TableKeys.Escape(entry.GrantId))
        {
            ["Currency"] = entry.Currency,
            ["IssuedAt"] = entry.IssuedAt,
            ["ExpiresAt"] = entry.ExpiresAt,
            ["Json"] = StoredJson.Serialize(entry),
        };
        try
        {
            await table.AddEntityAsync(row, ct);
            return entry;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Granted before: the ledger keeps, and answers with, the first entry.
            var existing = await table.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey, select: ["Json"], cancellationToken: ct);
            return StoredJson.Deserialize<StoreCreditEntry>(existing.Value.GetString("Json"));
        }
    }

    public async Task<StoreCreditBalance> BalanceAsync(string customerEmail, string currency, DateTimeOffset at, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerEmail);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        var table = await storage.TableAsync(Table);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(customerEmail)} and Currency eq {currency.Trim().ToUpperInvariant()}");
        var entries = new List<StoreCreditEntry>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["Json"], cancellationToken: ct))
            entries.Add(StoredJson.Deserialize<StoreCreditEntry>(row.GetString("Json")));
        return StoreCreditBalance.Of(customerEmail, currency, entries, at);
    }

    public async Task<int> ReassignAsync(string customerEmail, string toEmail, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerEmail);
        ArgumentException.ThrowIfNullOrWhiteSpace(toEmail);
        var from = PartitionKey(customerEmail);
        var to = PartitionKey(toEmail);
        if (from == to)
            return 0;
        var table = await storage.TableAsync(Table);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == from, cancellationToken: ct))
            rows.Add(row);
        foreach (var row in rows)
        {
            var entry = StoredJson.Deserialize<StoreCreditEntry>(row.GetString("Json")) with { CustomerEmail = toEmail.Trim() };
            // The new row first: a crash in between leaves the grant in both partitions, and a repeat finishes the move.
            var copy = new TableEntity(to, row.RowKey)
            {
                ["Currency"] = entry.Currency,
                ["IssuedAt"] = entry.IssuedAt,
                ["ExpiresAt"] = entry.ExpiresAt,
                ["Json"] = StoredJson.Serialize(entry),
            };
            await table.UpsertEntityAsync(copy, TableUpdateMode.Replace, ct);
            await table.DeleteEntityAsync(from, row.RowKey, ETag.All, ct);
        }

        return rows.Count;
    }

    /// <summary>The customer's partition: "c-" and the hex SHA-256 of the trimmed, lower-cased address.</summary>
    internal static string PartitionKey(string customerEmail) =>
        "c-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(customerEmail.Trim().ToLowerInvariant())));
}
