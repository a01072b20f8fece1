using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Returns.Adapters.Storage;

namespace Returns.Api.Security;

/// <summary>
/// Failed guest guesses counted in Table storage, so every instance of the Functions app sees the same count (each
/// process's own memory would let a client make the limit's worth of failures on every instance it reaches). A key
/// (a client's address or network, an order number, a return id) is stored only as an HMAC under a secret of the
/// deployment. Each failure is a row of its own, keyed by its time, so instances counting at once never conflict; the
/// rows of the last 15 minutes are the count; a key's older rows go when it fails again, the rest in a daily purge. Storage trouble never
/// blocks a customer: the count is then what this process saw.
/// </summary>
public sealed partial class TableGuestFailures(ReturnsStorage storage, byte[] secret, TimeProvider clock, ILogger<TableGuestFailures> logger)
{
    public const string TableName = "GuestFailures";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Failures of this key in the window, from every instance; null when storage could not be read.</summary>
    public async Task<int?> CountAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var table = await storage.TableAsync(TableName);
            var count = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {Partition(key)} and RowKey ge {TimeKey(clock.GetUtcNow() - Window)}"),
                select: ["RowKey"], cancellationToken: cancellationToken))
                count++;
            return count;
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            LogUnavailable(e.GetType().Name);
            return null;
        }
    }

    /// <summary>Records one failure of the key, and clears its failures that left the window.</summary>
    public async Task RecordAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var table = await storage.TableAsync(TableName);
            var partition = Partition(key);
            var now = clock.GetUtcNow();
            await table.AddEntityAsync(new TableEntity(partition, TimeKey(now) + "-" + Guid.NewGuid().ToString("N")), cancellationToken);
            await DeleteOlderAsync(table, partition, TimeKey(now - Window), cancellationToken);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            LogUnavailable(e.GetType().Name);
        }
    }

    /// <summary>Deletes every key's failures that left the window (keys that never failed again); returns how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(TableName);
        var old = new List<(string Partition, string Row)>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey lt {TimeKey(clock.GetUtcNow() - Window)}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            old.Add((row.PartitionKey, row.RowKey));
        foreach (var (partition, row) in old)
            await DeleteAsync(table, partition, row, cancellationToken);
        return old.Count;
    }

    private static async Task DeleteOlderAsync(TableClient table, string partition, string cutoff, CancellationToken cancellationToken)
    {
        var old = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {cutoff}"), select: ["RowKey"], cancellationToken: cancellationToken))
            old.Add(row.RowKey);
        foreach (var row in old)
            await DeleteAsync(table, partition, row, cancellationToken);
    }

    private static async Task DeleteAsync(TableClient table, string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Another instance cleared it first.
        }
    }

    // The SDK gives up on an unreachable service with an AggregateException of its attempts.
    private static bool IsStorageFailure(Exception e) => e is RequestFailedException or AggregateException or HttpRequestException;

    private static string TimeKey(DateTimeOffset at) => at.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);

    private string Partition(string key) => PartitionFor(secret, key);

    /// <summary>The partition of a key: part of its HMAC, so the table never holds an address or a number.</summary>
    public static string PartitionFor(byte[] secret, string key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("guest-failure:" + key)))[..32];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shared guest-failure counts unavailable ({Failure}); counting in this process only.")]
    private partial void LogUnavailable(string failure);
}
