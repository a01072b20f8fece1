using Azure.Data.Tables;

namespace Returns.Tests.Fuzz;

/// <summary>
/// Every entity and blob under a prefix, each with its ETag (which changes on any write), so two snapshots tell
/// exactly which items were added, changed or removed in between.
/// </summary>
public sealed class StorageSnapshot
{
    private readonly Dictionary<string, string> _items;

    private StorageSnapshot(Dictionary<string, string> items) => _items = items;

    public int Count => _items.Count;

    public static async Task<StorageSnapshot> TakeAsync(ScopedTableServiceClient tables, ScopedBlobServiceClient blobs)
    {
        var prefix = tables.Prefix;
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var table in tables.QueryAsync())
        {
            if (!table.Name.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var client = tables.GetTableClient(table.Name[prefix.Length..]); // the scoped client adds the prefix again
            await foreach (var entity in client.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
                items[$"{table.Name[prefix.Length..]}/{entity.PartitionKey}|{entity.RowKey}"] = entity.ETag.ToString();
        }

        await foreach (var container in blobs.GetBlobContainersAsync(prefix: blobs.Prefix))
        {
            var client = blobs.GetBlobContainerClient(container.Name[blobs.Prefix.Length..]);
            await foreach (var blob in client.GetBlobsAsync())
                items[$"{container.Name[blobs.Prefix.Length..]}/{blob.Name}"] = blob.Properties.ETag?.ToString() ?? "";
        }

        return new StorageSnapshot(items);
    }

    /// <summary>The items added, changed or removed since <paramref name="before"/>.</summary>
    public IReadOnlyList<string> ChangedSince(StorageSnapshot before)
    {
        var changed = _items.Where(i => !before._items.TryGetValue(i.Key, out var etag) || etag != i.Value).Select(i => i.Key);
        var removed = before._items.Keys.Where(k => !_items.ContainsKey(k));
        return [.. changed.Concat(removed).Order(StringComparer.Ordinal)];
    }
}
