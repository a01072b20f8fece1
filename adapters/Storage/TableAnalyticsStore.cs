using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

/// <summary>
/// Analytics in Table storage: cells in one partition per month beside one marker row per subject that records what
/// the subject contributed (written by <see cref="AnalyticsCellWriter"/>), the months in a partition of their own,
/// pending updates in another, and the facts in a table with one partition per return.
/// <paramref name="scope"/> (letters and digits) prefixes the table names, for tests that need analytics of their own.
/// </summary>
public sealed class TableAnalyticsStore(ReturnsStorage storage, string scope = "") : IAnalyticsStore
{
    private const string PeriodsPartition = "periods";
    private const string PendingPartition = "pending";
    private const int MaxAttempts = 40;

    private readonly string _cellsTable = scope + "AnalyticsCells";
    private readonly string _factsTable = scope + "AnalyticsFacts";
    private readonly HashSet<string> _knownPeriods = [];

    public Task<IReadOnlyList<AnalyticsCell>> ApplyAsync(SubjectUpdate update, CancellationToken cancellationToken = default) =>
        ApplyAllAsync([update], cancellationToken);

    public async Task<IReadOnlyList<AnalyticsCell>> ApplyAllAsync(IReadOnlyList<SubjectUpdate> updates, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_cellsTable);
        var applied = new List<AnalyticsCell>();
        // One update per subject and month (the last given), as one transaction cannot write a row twice.
        foreach (var month in updates.GroupBy(u => (u.Period, u.Subject)).Select(g => g.Last()).GroupBy(u => u.Period))
        {
            await RememberPeriodAsync(table, month.Key, cancellationToken);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    applied.AddRange(await AnalyticsCellWriter.ApplyAsync(table, month.Key, month.ToArray(), cancellationToken));
                    break;
                }
                catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
                {
                    // Another writer changed a cell or a marker since they were read: read again and recompute the differences.
                    await Task.Delay(Backoff(attempt), cancellationToken);
                }
            }
        }

        return applied;
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(250, 5 * Math.Pow(1.6, attempt)) * (0.5 + Random.Shared.NextDouble()));

    private async Task RememberPeriodAsync(TableClient table, string period, CancellationToken cancellationToken)
    {
        lock (_knownPeriods)
        {
            if (_knownPeriods.Contains(period))
                return;
        }

        await table.UpsertEntityAsync(new TableEntity(PeriodsPartition, period), TableUpdateMode.Replace, cancellationToken);
        lock (_knownPeriods)
            _knownPeriods.Add(period);
    }

    public async Task<IReadOnlyList<string>> PeriodsAsync(CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_cellsTable);
        var periods = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq '{PeriodsPartition}'", select: ["RowKey"], cancellationToken: cancellationToken))
            periods.Add(row.RowKey);
        periods.Sort(StringComparer.Ordinal);
        return periods;
    }

    public async Task<IReadOnlyList<AnalyticsCell>> ReadPeriodAsync(string period, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_cellsTable);
        var cells = new List<AnalyticsCell>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {period} and RowKey lt {AnalyticsCellRows.CellsEnd}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            cells.Add(AnalyticsCellRows.ToCell(period, row));

        return cells;
    }

    public async Task SaveFactsAsync(ReturnFact fact, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_factsTable);
        var partition = TableKeys.Escape(fact.ReturnId);
        var rows = new List<TableEntity>
        {
            new(partition, "return")
            {
                ["Period"] = fact.Period, ["Market"] = fact.Market, ["Carrier"] = fact.Carrier, ["Stage"] = fact.Stage,
                ["Json"] = StoredJson.Serialize(fact with { Lines = [] }),
            },
        };
        rows.AddRange(fact.Lines.Select((line, i) => new TableEntity(partition, "line-" + i.ToString("D3", CultureInfo.InvariantCulture))
        {
            ["Sku"] = line.Sku, ["Category"] = line.Category, ["Reason"] = line.Reason, ["Json"] = StoredJson.Serialize(line),
        }));
        foreach (var chunk in rows.Chunk(100)) // a transaction holds at most 100 rows
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
    }

    public async Task<ReturnFact?> GetFactsAsync(string returnId, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_factsTable);
        ReturnFact? fact = null;
        var lines = new List<ReturnLineFact>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(returnId)}"), cancellationToken: cancellationToken))
        {
            if (row.RowKey == "return")
                fact = StoredJson.Deserialize<ReturnFact>(row.GetString("Json"));
            else
                lines.Add(StoredJson.Deserialize<ReturnLineFact>(row.GetString("Json")));
        }

        return fact is null ? null : fact with { Lines = lines };
    }

    public async Task<string> MarkPendingAsync(string subject, IReadOnlyList<string> periods, bool keepPeriods = false, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_cellsTable);
        var key = TableKeys.Escape(subject);
        if (keepPeriods && await table.GetEntityIfExistsAsync<TableEntity>(PendingPartition, key, cancellationToken: cancellationToken) is { HasValue: true } existing)
            periods = [.. periods.Union(Periods(existing.Value!))];
        var response = await table.UpsertEntityAsync(new TableEntity(PendingPartition, key)
        {
            ["Subject"] = subject, ["Periods"] = string.Join(',', periods),
        }, TableUpdateMode.Replace, cancellationToken);
        return response.Headers.ETag?.ToString() ?? "";
    }

    public async Task ClearPendingAsync(string subject, string token, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_cellsTable);
        try
        {
            await table.DeleteEntityAsync(PendingPartition, TableKeys.Escape(subject), new ETag(token), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Already cleared, or marked again by a later update that will clear its own mark.
        }
    }

    public async Task<IReadOnlyList<PendingSubject>> PendingAsync(DateTimeOffset startedBefore, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_cellsTable);
        var pending = new List<PendingSubject>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PendingPartition} and Timestamp lt {startedBefore}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            pending.Add(new PendingSubject(row.GetString("Subject"), Periods(row), row.Timestamp ?? startedBefore, row.ETag.ToString()));
        }

        return pending;
    }

    public async Task<IReadOnlyList<AnalyticsCell>> RemoveSamplesAsync(string period, string subject, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_cellsTable);
        var (from, to) = AnalyticsCellRows.KindRange(CellKinds.Theme);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {period} and RowKey ge {from} and RowKey lt {to}");
        var holding = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            if (AnalyticsCellRows.HoldsSampleOf(row, subject))
                holding.Add(row);
        }

        var changed = new List<AnalyticsCell>();
        foreach (var row in holding)
        {
            for (var current = row; ;)
            {
                var cell = AnalyticsCellRows.WithoutSamplesOf(period, current, subject);
                try
                {
                    await table.UpdateEntityAsync(AnalyticsCellRows.CellAction(cell, current).Row, current.ETag, TableUpdateMode.Replace, cancellationToken);
                    changed.Add(cell);
                    break;
                }
                catch (RequestFailedException e) when (e.Status == 412)
                {
                    // A writer changed the cell since it was read: read it again (it may hold the sample no more).
                    var fresh = await table.GetEntityIfExistsAsync<TableEntity>(period, current.RowKey, cancellationToken: cancellationToken);
                    if (!fresh.HasValue || !AnalyticsCellRows.HoldsSampleOf(fresh.Value!, subject))
                        break;
                    current = fresh.Value!;
                }
            }
        }

        return changed;
    }

    public async Task<int> DeleteEmptyCellsAsync(string period, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_cellsTable);
        var deleted = 0;
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(period, TableKeys.Escape(key), cancellationToken: cancellationToken);
            if (!row.HasValue || AnalyticsCellRows.ToCell(period, row.Value!).Counters.Count > 0)
                continue;
            try
            {
                await table.DeleteEntityAsync(period, row.Value!.RowKey, row.Value.ETag, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Gone already, or counted again since it was read: it is no longer only the erased customer's word.
            }
        }

        return deleted;
    }

    private static string[] Periods(TableEntity pending) => (pending.GetString("Periods") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
}
