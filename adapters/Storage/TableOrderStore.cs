using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Privacy;

namespace Returns.Adapters.Storage;

/// <summary>
/// Orders by normalized number. An order named with a shop prefix ("TW-1001") is also found by its bare number
/// ("1001", "#1001"), which is what customers often type: an alias row maps the digits to the full number.
/// </summary>
public sealed class TableOrderStore(ReturnsStorage storage) : IOrderStore
{
    private const string TableName = "Orders";
    private const string Partition = "order";
    private const string AliasPartition = "alias";

    public async Task<bool> UpsertAsync(Order order, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        var key = OrderNumbers.Normalize(order.OrderNumber);
        var entity = new TableEntity(Partition, TableKeys.Escape(key))
        {
            ["Json"] = StoredJson.Serialize(order),
        };
        bool created;
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            created = true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
            created = false;
        }

        // After the order, so an order that could not be written leaves no alias pointing at nothing.
        if (OrderNumbers.BareNumber(key) is { } bare && bare != key)
        {
            await table.UpsertEntityAsync(
                new TableEntity(AliasPartition, TableKeys.Escape(bare)) { ["OrderNumber"] = key }, TableUpdateMode.Replace, cancellationToken);
        }

        return created;
    }

    public async Task<Order?> GetAsync(string orderNumber, CancellationToken cancellationToken = default)
    {
        var key = OrderNumbers.Normalize(orderNumber);
        if (key.Length == 0 || key.Length > 100)
            return null;
        var table = await storage.TableAsync(TableName);
        if (await ReadAsync(table, key, cancellationToken) is { } order)
            return order;
        if (!key.All(char.IsAsciiDigit))
            return null;

        var alias = await table.GetEntityIfExistsAsync<TableEntity>(AliasPartition, TableKeys.Escape(key), cancellationToken: cancellationToken);
        return alias.HasValue && alias.Value!.GetString("OrderNumber") is { Length: > 0 } full
            ? await ReadAsync(table, full, cancellationToken)
            : null;
    }

    public async Task<IReadOnlyList<Order>> FindByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        var wanted = emails.Select(CustomerKey.Normalize).Where(e => e.Length > 0).ToHashSet(StringComparer.Ordinal);
        var found = new List<Order>();
        if (wanted.Count == 0)
            return found;
        var table = await storage.TableAsync(TableName);
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, maxPerPage: 1000, select: ["Json"], cancellationToken: cancellationToken))
        {
            var order = StoredJson.Deserialize<Order>(row.GetString("Json"));
            if (wanted.Contains(CustomerKey.Normalize(order.Email)))
                found.Add(order);
        }

        return found;
    }

    private static async Task<Order?> ReadAsync(TableClient table, string key, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(key), cancellationToken: cancellationToken);
        return found.HasValue ? StoredJson.Deserialize<Order>(found.Value!.GetString("Json")) : null;
    }
}
