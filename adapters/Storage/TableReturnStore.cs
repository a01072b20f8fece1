using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Privacy;

namespace Returns.Adapters.Storage;

/// <summary>
/// Returns in Table storage: one row per return (the projection), one row per order and request key
/// (so the same request cannot create two returns), one row per order and return (its history), and
/// one row per tracking number.
/// </summary>
public sealed class TableReturnStore(ReturnsStorage storage) : IReturnStore
{
    private const string ReturnsTable = "Returns";
    private const string RequestsTable = "ReturnRequests";
    private const string TrackingTable = "TrackingNumbers";
    private const string OrderReturnsTable = "OrderReturns";
    private const string ReturnRow = "return";
    private static readonly TimeSpan PendingClaimTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PendingClaimPoll = TimeSpan.FromMilliseconds(50);

    public async Task<ReturnRecord?> GetAsync(string returnId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(returnId) || returnId.Length > 64)
            return null;
        var table = await storage.TableAsync(ReturnsTable);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(returnId), ReturnRow, cancellationToken: cancellationToken);
        return found.HasValue ? StoredJson.Deserialize<ReturnRecord>(found.Value!.GetString("Json")) : null;
    }

    public async Task<ReturnCreation> CreateAsync(ReturnRecord record, string requestKey, CancellationToken cancellationToken = default)
    {
        var requests = await storage.TableAsync(RequestsTable);
        var partition = OrderPartition(record.OrderNumber);
        var row = TableKeys.Escape(requestKey);
        while (true)
        {
            var found = await requests.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                try
                {
                    await requests.AddEntityAsync(RequestEntity(partition, row, record.ReturnId), cancellationToken);
                    break;
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    continue; // a concurrent identical request won; read what it created
                }
            }

            var existing = await GetAsync(found.Value!.GetString("ReturnId"), cancellationToken);
            if (existing is not null && !ReturnStages.ReleasesLines(existing.Stage))
                return new ReturnCreation(existing, false);
            if (existing is null && found.Value.Timestamp is { } claimedAt && DateTimeOffset.UtcNow - claimedAt < PendingClaimTimeout)
            {
                // A concurrent identical request claimed the key and is still writing its return: wait for it.
                // Only a claim left behind by a crash (older than the timeout) is taken over.
                await Task.Delay(PendingClaimPoll, cancellationToken);
                continue;
            }

            try
            {
                await requests.UpdateEntityAsync(RequestEntity(partition, row, record.ReturnId), found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                break;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Someone re-requested the same lines at the same moment; start over.
            }
        }

        await SaveAsync(record, cancellationToken);
        var history = await storage.TableAsync(OrderReturnsTable);
        await history.UpsertEntityAsync(RequestEntity(partition, TableKeys.Escape(record.ReturnId), record.ReturnId), TableUpdateMode.Replace, cancellationToken);
        return new ReturnCreation(record, true);
    }

    public async Task SaveAsync(ReturnRecord record, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(ReturnsTable);
        var entity = new TableEntity(TableKeys.Escape(record.ReturnId), ReturnRow)
        {
            ["Json"] = StoredJson.Serialize(record),
            ["Stage"] = record.Stage,
            ["OrderKey"] = OrderPartition(record.OrderNumber),
            ["CreatedAt"] = record.CreatedAt,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<ReturnRecord>> ListByOrderAsync(string orderNumber, CancellationToken cancellationToken = default)
    {
        var history = await storage.TableAsync(OrderReturnsTable);
        var partition = OrderPartition(orderNumber);
        var result = new List<ReturnRecord>();
        await foreach (var entity in history.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (await GetAsync(entity.GetString("ReturnId"), cancellationToken) is { } record)
                result.Add(record);
        }

        return result;
    }

    public async Task<ReturnPage> SearchAsync(ReturnQuery query, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(ReturnsTable);
        var filter = string.IsNullOrEmpty(query.Stage) ? null : TableClient.CreateQueryFilter($"Stage eq {query.Stage}");
        var matches = new List<ReturnRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var record = StoredJson.Deserialize<ReturnRecord>(entity.GetString("Json"));
            if (Matches(record, query.Text) && (!query.NeedsAttention || record.Attention is not null))
                matches.Add(record);
        }

        var page = Math.Max(1, query.Page);
        var items = matches.OrderByDescending(r => r.CreatedAt).Skip((page - 1) * query.PageSize).Take(query.PageSize).ToArray();
        return new ReturnPage(items, page, query.PageSize, matches.Count);
    }

    public async Task IndexTrackingNumberAsync(string trackingNumber, string returnId, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TrackingTable);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Escape(trackingNumber), ReturnRow) { ["ReturnId"] = returnId },
            TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<string?> FindByTrackingNumberAsync(string trackingNumber, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(trackingNumber) || trackingNumber.Length > 100)
            return null;
        var table = await storage.TableAsync(TrackingTable);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(trackingNumber), ReturnRow, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value!.GetString("ReturnId") : null;
    }

    public async Task<IReadOnlyList<ReturnRecord>> FindByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        var wanted = emails.Select(CustomerKey.Normalize).Where(e => e.Length > 0).ToHashSet(StringComparer.Ordinal);
        var found = new List<ReturnRecord>();
        if (wanted.Count == 0)
            return found;
        var table = await storage.TableAsync(ReturnsTable);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {ReturnRow}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Json"], cancellationToken: cancellationToken))
        {
            var record = StoredJson.Deserialize<ReturnRecord>(row.GetString("Json"));
            if (wanted.Contains(CustomerKey.Normalize(record.Email)))
                found.Add(record);
        }

        return found;
    }

    private static string OrderPartition(string orderNumber) => TableKeys.Escape(OrderNumbers.Normalize(orderNumber));

    private static TableEntity RequestEntity(string partition, string row, string returnId) =>
        new(partition, row) { ["ReturnId"] = returnId };

    private static bool Matches(ReturnRecord record, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var t = text.Trim();
        return record.ReturnId.Contains(t, StringComparison.OrdinalIgnoreCase)
            || record.OrderNumber.Contains(t.TrimStart('#'), StringComparison.OrdinalIgnoreCase)
            || record.Email.Contains(t, StringComparison.OrdinalIgnoreCase)
            || record.CustomerName.Contains(t, StringComparison.OrdinalIgnoreCase)
            || record.Lines.Any(l => l.Sku.Contains(t, StringComparison.OrdinalIgnoreCase))
            || (record.Label?.TrackingNumber.Contains(t, StringComparison.OrdinalIgnoreCase) ?? false);
    }
}
