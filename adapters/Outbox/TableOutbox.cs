using Azure.Data.Tables;
using Returns.Adapters.Storage;

namespace Returns.Adapters.Outbox;

/// <summary>
/// The local outbox: emails and events kept in Table storage instead of being sent. The item id is
/// the row key, so a retried send overwrites rather than duplicates.
/// </summary>
public sealed class TableOutbox(ReturnsStorage storage, TimeProvider clock)
{
    private const string TableName = "Outbox";
    private const string Partition = "outbox";

    public async Task AddAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        var entity = new TableEntity(Partition, TableKeys.Escape(item.Kind + "-" + item.Id))
        {
            ["Json"] = StoredJson.Serialize(item with { At = item.At == default ? clock.GetUtcNow() : item.At }),
            ["At"] = item.At == default ? clock.GetUtcNow() : item.At,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The newest items first.</summary>
    public async Task<IReadOnlyList<OutboxItem>> ListAsync(int max, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        var items = new List<OutboxItem>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
            items.Add(StoredJson.Deserialize<OutboxItem>(entity.GetString("Json")));
        return items.OrderByDescending(i => i.At).ThenByDescending(i => i.Id, StringComparer.Ordinal).Take(max).ToArray();
    }
}
