using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

/// <summary>
/// Analytics in Table storage. Cells live in one partition per month, beside one marker row per subject that records
/// what the subject contributed; an update writes the changed cells and the marker in one entity-group transaction
/// with optimistic concurrency, retried from a fresh read when another writer got there first. More than 99 cells
/// go in several transactions, each moving the marker forward, so an interrupted update resumes where it stopped.
/// <paramref name="scope"/> (letters and digits) prefixes the table names, for tests that need analytics of their own.
/// </summary>
public sealed class TableAnalyticsStore(ReturnsStorage storage, string scope = "") : IAnalyticsStore
{
    private readonly string _cellsTable = scope + "AnalyticsCells";
    private readonly string _factsTable = scope + "AnalyticsFacts";
    private const string PeriodsPartition = "periods";
    private const string PendingPartition = "pending";
    private const string MarkerPrefix = "~m";
    private const string CellsEnd = "~";
    private const int MaxActions = 100;
    private const int MaxAttempts = 40;

    private readonly HashSet<string> _knownPeriods = [];

    public async Task<IReadOnlyList<AnalyticsCell>> ApplyAsync(SubjectUpdate update, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_cellsTable);
        await RememberPeriodAsync(table, update.Period, cancellationToken);
        var markerKey = MarkerPrefix + TableKeys.Escape(update.Subject);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryApplyAsync(table, update, markerKey, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another writer changed a cell or the marker since it was read: read again and recompute the difference.
                await Task.Delay(Backoff(attempt), cancellationToken);
            }
        }
    }

    private static async Task<IReadOnlyList<AnalyticsCell>> TryApplyAsync(
        TableClient table, SubjectUpdate update, string markerKey, CancellationToken cancellationToken)
    {
        var marker = await table.GetEntityIfExistsAsync<TableEntity>(update.Period, markerKey, cancellationToken: cancellationToken);
        var markerRow = marker.HasValue ? marker.Value : null;
        var appliedVersion = markerRow?.GetInt64("Q") ?? 0;
        if (appliedVersion > update.Version)
            return [];
        var before = markerRow is null ? AnalyticsContribution.Empty : ReadContribution(markerRow);
        var delta = AnalyticsContribution.Difference(update.Contribution, before);
        if (delta.IsEmpty && appliedVersion >= update.Version)
            return [];

        var keys = delta.Cells.Keys.ToArray();
        var rows = await ReadCellsAsync(table, update.Period, keys, cancellationToken);
        var applied = new List<AnalyticsCell>();
        var soFar = new AnalyticsContribution().AddAll(before);
        var markerETag = markerRow?.ETag;
        const int cellsPerTransaction = MaxActions - 1;
        // At least one transaction: an update that changes no cell still moves the marker's version on.
        for (var start = 0; start == 0 || start < keys.Length; start += cellsPerTransaction)
        {
            var actions = new List<TableTransactionAction>();
            var chunk = new List<AnalyticsCell>();
            for (var i = start; i < Math.Min(keys.Length, start + cellsPerTransaction); i++)
            {
                var existing = rows.GetValueOrDefault(keys[i]);
                var cell = Next(update, keys[i], existing, delta.Cells[keys[i]]);
                actions.Add(CellAction(cell, existing));
                chunk.Add(cell);
                foreach (var (counter, amount) in delta.Cells[keys[i]])
                    soFar.Add(keys[i], counter, amount);
            }

            actions.Add(MarkerAction(update.Period, markerKey, soFar, update.Version, markerETag));
            var result = await table.SubmitTransactionAsync(actions, cancellationToken);
            markerETag = soFar.IsEmpty && update.Version == 0 ? null : result.Value[^1].Headers.ETag;
            applied.AddRange(chunk);
        }

        return applied;
    }

    /// <summary>
    /// The stored cells of the keys (absent: not stored yet). Many keys sharing a prefix (a month's SKUs of one market and
    /// category) are read with one range query; the rest one by one, in parallel.
    /// </summary>
    private static async Task<Dictionary<string, TableEntity>> ReadCellsAsync(TableClient table, string period, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        const int rangeFrom = 16;
        var found = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        var groups = keys.GroupBy(k => string.Join(CellKinds.Separator, CellKinds.Parts(k).Take(3))).ToArray();
        var single = groups.Where(g => g.Count() < rangeFrom).SelectMany(g => g).ToArray();
        var reads = single.Select(async k =>
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(period, TableKeys.Escape(k), cancellationToken: cancellationToken);
            return row.HasValue ? row.Value : null;
        });
        foreach (var row in await Task.WhenAll(reads))
        {
            if (row is not null)
                found[row.GetString("K")] = row;
        }

        foreach (var group in groups.Where(g => g.Count() >= rangeFrom))
        {
            var escaped = group.Select(TableKeys.Escape).Order(StringComparer.Ordinal).ToArray();
            var wanted = group.ToHashSet(StringComparer.Ordinal);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {period} and RowKey ge {escaped[0]} and RowKey le {escaped[^1]}");
            await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                if (wanted.Contains(row.GetString("K")))
                    found[row.GetString("K")] = row;
            }
        }

        return found;
    }

    private static AnalyticsCell Next(SubjectUpdate update, string key, TableEntity? existing, IReadOnlyDictionary<string, long> delta)
    {
        var counters = existing is null ? new SortedDictionary<string, long>(StringComparer.Ordinal) : ReadCounters(existing);
        foreach (var (counter, amount) in delta)
        {
            var total = checked(counters.GetValueOrDefault(counter) + amount);
            if (total == 0)
                counters.Remove(counter);
            else
                counters[counter] = total;
        }

        var label = existing?.GetString("L");
        var samples = existing?.GetString("X") is { } x ? StoredJson.Deserialize<List<CommentSample>>(x) : [];
        if (update.Notes.TryGetValue(key, out var note))
        {
            label ??= note.Label;
            if (note.Sample is { } sample && delta.GetValueOrDefault(CellCounters.Count) > 0)
                samples = [sample with { Text = Shorten(sample.Text) }, .. samples.Where(s => s.Subject != sample.Subject).Take(MaxSamples - 1)];
        }

        return new AnalyticsCell(update.Period, key, counters, (existing?.GetInt64("V") ?? 0) + 1, label, samples);
    }

    private const int MaxSamples = 5;
    private const int MaxSampleLength = 280;

    private static string Shorten(string text) => text.Length <= MaxSampleLength ? text : text[..(MaxSampleLength - 1)] + "…";

    private static TableTransactionAction CellAction(AnalyticsCell cell, TableEntity? existing)
    {
        // An emptied cell is kept (with no counters and a higher version), so other hosts' caches see it emptied.
        var row = new TableEntity(cell.Period, TableKeys.Escape(cell.Key))
        {
            ["K"] = cell.Key,
            ["C"] = StoredJson.Serialize(cell.Counters),
            ["V"] = cell.Version,
            ["L"] = cell.Label,
            ["X"] = cell.Samples.Count > 0 ? StoredJson.Serialize(cell.Samples) : null,
        };
        return existing is null
            ? new TableTransactionAction(TableTransactionActionType.Add, row)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, existing.ETag);
    }

    private static TableTransactionAction MarkerAction(string period, string markerKey, AnalyticsContribution contribution, long version, ETag? etag)
    {
        // A subject that contributes nothing keeps its marker (empty) while it has a version, so older updates stay ignored.
        var row = new TableEntity(period, markerKey) { ["Q"] = version };
        if (contribution.IsEmpty && version == 0)
            return new TableTransactionAction(TableTransactionActionType.Delete, row, etag ?? ETag.All);
        WriteChunked(row, "C", StoredJson.Serialize(contribution.ToDictionary()));
        return etag is { } tag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, tag)
            : new TableTransactionAction(TableTransactionActionType.Add, row);
    }

    /// <summary>A string property holds 32 K characters; a long contribution is spread over C0, C1, ...</summary>
    private static void WriteChunked(TableEntity row, string name, string value)
    {
        const int size = 30_000;
        for (int i = 0, n = 0; i < value.Length || n == 0; i += size, n++)
            row[name + n.ToString(CultureInfo.InvariantCulture)] = value.Substring(i, Math.Min(size, value.Length - i));
    }

    private static string ReadChunked(TableEntity row, string name)
    {
        var parts = new List<string>();
        for (var n = 0; row.GetString(name + n.ToString(CultureInfo.InvariantCulture)) is { } part; n++)
            parts.Add(part);
        return string.Concat(parts);
    }

    private static AnalyticsContribution ReadContribution(TableEntity marker) =>
        new(StoredJson.Deserialize<Dictionary<string, Dictionary<string, long>>>(ReadChunked(marker, "C"))
            .ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, long>)c.Value, StringComparer.Ordinal));

    private static SortedDictionary<string, long> ReadCounters(TableEntity row) =>
        new(StoredJson.Deserialize<Dictionary<string, long>>(row.GetString("C") ?? "{}"), StringComparer.Ordinal);

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
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {period} and RowKey lt {CellsEnd}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            cells.Add(new AnalyticsCell(period, row.GetString("K"), ReadCounters(row), row.GetInt64("V") ?? 0, row.GetString("L"),
                row.GetString("X") is { } x ? StoredJson.Deserialize<List<CommentSample>>(x) : null));
        }

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
        foreach (var chunk in rows.Chunk(MaxActions))
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

    public async Task<string> MarkPendingAsync(string subject, IReadOnlyList<string> periods, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(_cellsTable);
        var response = await table.UpsertEntityAsync(new TableEntity(PendingPartition, TableKeys.Escape(subject))
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
            pending.Add(new PendingSubject(row.GetString("Subject"),
                (row.GetString("Periods") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), row.Timestamp ?? startedBefore));
        }

        return pending;
    }
}
