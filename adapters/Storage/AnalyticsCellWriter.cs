using Azure.Data.Tables;
using Returns.Orchestrations.Analytics;

namespace Returns.Adapters.Storage;

/// <summary>
/// Applies subject updates to one month's cells. Each subject's difference (its new contribution minus the one its
/// marker records) is written with its marker in one entity-group transaction, under the ETags read, so it counts
/// exactly once. Many subjects share a transaction, their differences added up per cell: a burst of returns touching
/// the same cells costs a few transactions, not one each fighting over the same rows. A subject with more than 99
/// cells goes alone in several transactions, each moving its marker forward, so an interrupted one resumes.
/// A race with another writer surfaces as 409/412 for the caller to retry from a fresh read.
/// </summary>
internal static class AnalyticsCellWriter
{
    private const int MaxActions = 100;

    private sealed record Work(SubjectUpdate Update, TableEntity? Marker, AnalyticsContribution Delta);

    public static async Task<List<AnalyticsCell>> ApplyAsync(TableClient table, string period, IReadOnlyList<SubjectUpdate> updates, CancellationToken cancellationToken)
    {
        var markers = await Task.WhenAll(updates.Select(u => ReadAsync(table, period, AnalyticsCellRows.MarkerKey(u.Subject), cancellationToken)));
        var work = new List<Work>();
        for (var i = 0; i < updates.Count; i++)
        {
            var version = AnalyticsCellRows.Version(markers[i]);
            if (version > updates[i].Version)
                continue; // an older state than the one applied
            var delta = AnalyticsContribution.Difference(updates[i].Contribution, AnalyticsCellRows.Contribution(markers[i]));
            if (!delta.IsEmpty || version < updates[i].Version)
                work.Add(new Work(updates[i], markers[i], delta));
        }

        var rows = await ReadCellsAsync(table, period, work.SelectMany(w => w.Delta.Cells.Keys).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);
        var applied = new List<AnalyticsCell>();
        var group = new List<Work>();
        var groupCells = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in work)
        {
            if (w.Delta.Cells.Count + 1 > MaxActions)
            {
                applied.AddRange(await WriteAloneAsync(table, period, w, rows, cancellationToken));
                continue;
            }

            var cells = groupCells.Count + w.Delta.Cells.Keys.Count(k => !groupCells.Contains(k));
            if (group.Count > 0 && cells + group.Count + 1 > MaxActions)
            {
                applied.AddRange(await WriteTogetherAsync(table, period, group, rows, cancellationToken));
                group.Clear();
                groupCells.Clear();
            }

            group.Add(w);
            groupCells.UnionWith(w.Delta.Cells.Keys);
        }

        if (group.Count > 0)
            applied.AddRange(await WriteTogetherAsync(table, period, group, rows, cancellationToken));
        return applied;
    }

    private static async Task<List<AnalyticsCell>> WriteTogetherAsync(
        TableClient table, string period, IReadOnlyList<Work> group, Dictionary<string, TableEntity> rows, CancellationToken cancellationToken)
    {
        var combined = new AnalyticsContribution();
        foreach (var w in group)
            combined.AddAll(w.Delta);
        var writes = combined.Cells.Select(c =>
        {
            var label = group.Select(w => w.Update.Notes.GetValueOrDefault(c.Key)?.Label).FirstOrDefault(l => l is not null);
            var samples = group.Where(w => w.Delta.Cells.TryGetValue(c.Key, out var d) && d.GetValueOrDefault(CellCounters.Count) > 0)
                .Select(w => w.Update.Notes.GetValueOrDefault(c.Key)?.Sample).OfType<CommentSample>();
            return AnalyticsCellRows.Next(period, c.Key, rows.GetValueOrDefault(c.Key), c.Value, label, samples);
        }).ToList();
        var markers = group.Select(w => AnalyticsCellRows.MarkerAction(
            period, AnalyticsCellRows.MarkerKey(w.Update.Subject), w.Update.Contribution, w.Update.Version, w.Marker?.ETag));
        await SubmitAsync(table, writes, markers.ToList(), rows, cancellationToken);
        return writes;
    }

    private static async Task<List<AnalyticsCell>> WriteAloneAsync(
        TableClient table, string period, Work w, Dictionary<string, TableEntity> rows, CancellationToken cancellationToken)
    {
        var keys = w.Delta.Cells.Keys.ToArray();
        var markerKey = AnalyticsCellRows.MarkerKey(w.Update.Subject);
        var soFar = new AnalyticsContribution().AddAll(AnalyticsCellRows.Contribution(w.Marker));
        var markerETag = w.Marker?.ETag;
        var applied = new List<AnalyticsCell>();
        foreach (var chunk in keys.Chunk(MaxActions - 1))
        {
            var writes = chunk.Select(key =>
            {
                var delta = w.Delta.Cells[key];
                var note = w.Update.Notes.GetValueOrDefault(key);
                foreach (var (counter, amount) in delta)
                    soFar.Add(key, counter, amount);
                var samples = note?.Sample is { } s && delta.GetValueOrDefault(CellCounters.Count) > 0 ? [s] : Array.Empty<CommentSample>();
                return AnalyticsCellRows.Next(period, key, rows.GetValueOrDefault(key), delta, note?.Label, samples);
            }).ToList();
            var marker = AnalyticsCellRows.MarkerAction(period, markerKey, soFar, w.Update.Version, markerETag);
            var response = await SubmitAsync(table, writes, [marker], rows, cancellationToken);
            markerETag = soFar.IsEmpty && w.Update.Version == 0 ? null : response[^1].Headers.ETag;
            applied.AddRange(writes);
        }

        return applied;
    }

    /// <summary>Writes cells and markers in one transaction and keeps the written cell rows (with their new ETags) for the next.</summary>
    private static async Task<IReadOnlyList<Azure.Response>> SubmitAsync(
        TableClient table, IReadOnlyList<AnalyticsCell> cells, IReadOnlyList<TableTransactionAction> markers, Dictionary<string, TableEntity> rows,
        CancellationToken cancellationToken)
    {
        var written = cells.Select(c => (c.Key, Write: AnalyticsCellRows.CellAction(c, rows.GetValueOrDefault(c.Key)))).ToList();
        var response = await table.SubmitTransactionAsync([.. written.Select(w => w.Write.Action), .. markers], cancellationToken);
        for (var i = 0; i < written.Count; i++)
        {
            written[i].Write.Row.ETag = response.Value[i].Headers.ETag!.Value;
            rows[written[i].Key] = written[i].Write.Row;
        }

        return response.Value;
    }

    private static async Task<TableEntity?> ReadAsync(TableClient table, string period, string rowKey, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(period, rowKey, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
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
        var single = groups.Where(g => g.Count() < rangeFrom).SelectMany(g => g);
        foreach (var row in await Task.WhenAll(single.Select(k => ReadAsync(table, period, TableKeys.Escape(k), cancellationToken))))
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
}
