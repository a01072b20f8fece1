using Azure;
using Azure.Data.Tables;
using Returns.Adapters.Events;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Privacy;

namespace Returns.Adapters.Outbox;

/// <summary>
/// The local outbox: emails and events kept in Table storage instead of being sent. Each item is
/// written under a row key that sorts newest first, so listing reads only the rows it shows; a
/// second row keyed by the item id makes a retried send a no-op.
/// </summary>
public sealed class TableOutbox(ReturnsStorage storage, TimeProvider clock) : IDevOutbox
{
    private const string TableName = "Outbox";
    private const string ByTime = "by-time";
    private const string ById = "by-id";

    public async Task AddAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        var idKey = TableKeys.Escape(item.Kind + "-" + item.Id);
        if ((await table.GetEntityIfExistsAsync<TableEntity>(ById, idKey, ["PartitionKey"], cancellationToken)).HasValue)
            return;

        var at = item.At == default ? clock.GetUtcNow() : item.At;
        // The listed row first: a crash before the id row at worst lists a retried item twice, never loses it.
        var timeKey = $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{idKey}";
        await table.UpsertEntityAsync(new TableEntity(ByTime, timeKey) { ["Json"] = StoredJson.Serialize(item with { At = at }) },
            TableUpdateMode.Replace, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(ById, idKey), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A concurrent retry of the same item got there first.
        }
    }

    /// <summary>The newest items first.</summary>
    public async Task<IReadOnlyList<OutboxItem>> ListAsync(int max, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        var items = new List<OutboxItem>(max);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == ByTime, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            var item = StoredJson.Deserialize<OutboxItem>(entity.GetString("Json"));
            if (seen.Add(item.Kind + "-" + item.Id))
                items.Add(item);
            if (items.Count >= max)
                break;
        }

        return items;
    }

    /// <summary>Deletes the listed copies; the id rows stay (they hold ids only), so a late retried send stays a no-op.</summary>
    public async Task<int> EraseRecipientAsync(string email, CancellationToken cancellationToken = default)
    {
        var recipient = CustomerKey.Normalize(email);
        var table = await storage.TableAsync(TableName);
        var erased = 0;
        foreach (var (row, _) in await ListedAsync(table, i => i.Kind == "email" && CustomerKey.Normalize(i.To) == recipient, cancellationToken))
        {
            await table.DeleteEntityAsync(ByTime, row.RowKey, ETag.All, cancellationToken);
            erased++;
        }

        return erased;
    }

    public async Task<int> RedactEventsAsync(IReadOnlyCollection<string> returnIds, CancellationToken cancellationToken = default)
    {
        if (returnIds.Count == 0)
            return 0;
        var table = await storage.TableAsync(TableName);
        var redacted = 0;
        // A return's events have the ids "{returnId}-{sequence}".
        var ids = returnIds.ToHashSet(StringComparer.Ordinal);
        string? ReturnOf(OutboxItem item) => item.Kind == "event" && item.Id.LastIndexOf('-') is > 0 and var dash && ids.Contains(item.Id[..dash]) ? item.Id[..dash] : null;
        foreach (var (row, item) in await ListedAsync(table, i => ReturnOf(i) is not null, cancellationToken))
        {
            if (CloudEventRedaction.Redact(item.Text, ReturnOf(item)!) is not { } text)
                continue;
            await table.UpdateEntityAsync(new TableEntity(ByTime, row.RowKey) { ["Json"] = StoredJson.Serialize(item with { Text = text }) },
                ETag.All, TableUpdateMode.Replace, cancellationToken);
            redacted++;
        }

        return redacted;
    }

    private static async Task<List<(TableEntity Row, OutboxItem Item)>> ListedAsync(TableClient table, Func<OutboxItem, bool> which, CancellationToken cancellationToken)
    {
        var found = new List<(TableEntity, OutboxItem)>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == ByTime, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            var item = StoredJson.Deserialize<OutboxItem>(row.GetString("Json"));
            if (which(item))
                found.Add((row, item));
        }

        return found;
    }
}
