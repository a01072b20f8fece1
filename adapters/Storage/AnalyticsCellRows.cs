using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Analytics;

namespace Returns.Adapters.Storage;

/// <summary>
/// How analytics cells and subject markers are stored as table rows: a cell row holds its key (K), counters (C),
/// version (V), label (L) and example comments (X); a marker row the subject's contribution (C0, C1, ...: a property
/// holds 32 K characters) and the subject's version (Q).
/// </summary>
internal static class AnalyticsCellRows
{
    public const string MarkerPrefix = "~m";

    /// <summary>Cell rows sort before this; marker rows after.</summary>
    public const string CellsEnd = "~";

    private const int MaxSamples = 5;
    private const int MaxSampleLength = 280;

    public static string MarkerKey(string subject) => MarkerPrefix + TableKeys.Escape(subject);

    public static AnalyticsCell ToCell(string period, TableEntity row) =>
        new(period, row.GetString("K"), Counters(row), row.GetInt64("V") ?? 0, row.GetString("L"), Samples(row));

    /// <summary>The cell after adding <paramref name="delta"/>, with the label (kept once set) and new examples (newest first).</summary>
    public static AnalyticsCell Next(
        string period, string key, TableEntity? existing, IReadOnlyDictionary<string, long> delta, string? label, IEnumerable<CommentSample> samples)
    {
        var counters = existing is null ? new SortedDictionary<string, long>(StringComparer.Ordinal) : Counters(existing);
        foreach (var (counter, amount) in delta)
        {
            var total = checked(counters.GetValueOrDefault(counter) + amount);
            if (total == 0)
                counters.Remove(counter);
            else
                counters[counter] = total;
        }

        var kept = existing is null ? [] : Samples(existing);
        foreach (var sample in samples)
            kept = [sample with { Text = Shorten(sample.Text) }, .. kept.Where(s => s.Subject != sample.Subject).Take(MaxSamples - 1)];
        return new AnalyticsCell(period, key, counters, (existing?.GetInt64("V") ?? 0) + 1, existing?.GetString("L") ?? label, kept);
    }

    /// <summary>The write of a cell; an emptied cell is kept (no counters, a higher version) so other hosts' caches see it emptied.</summary>
    public static (TableTransactionAction Action, TableEntity Row) CellAction(AnalyticsCell cell, TableEntity? existing)
    {
        var row = new TableEntity(cell.Period, TableKeys.Escape(cell.Key))
        {
            ["K"] = cell.Key,
            ["C"] = StoredJson.Serialize(cell.Counters),
            ["V"] = cell.Version,
            ["L"] = cell.Label,
            ["X"] = cell.Samples.Count > 0 ? StoredJson.Serialize(cell.Samples) : null,
        };
        var action = existing is null
            ? new TableTransactionAction(TableTransactionActionType.Add, row)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, existing.ETag);
        return (action, row);
    }

    /// <summary>The write of a marker; a subject that contributes nothing keeps an (empty) marker while it has a version, so older updates stay ignored.</summary>
    public static TableTransactionAction MarkerAction(string period, string markerKey, AnalyticsContribution contribution, long version, ETag? etag)
    {
        var row = new TableEntity(period, markerKey) { ["Q"] = version };
        if (contribution.IsEmpty && version == 0)
            return new TableTransactionAction(TableTransactionActionType.Delete, row, etag ?? ETag.All);
        var json = StoredJson.Serialize(contribution.ToDictionary());
        const int size = 30_000;
        for (int i = 0, n = 0; i < json.Length || n == 0; i += size, n++)
            row["C" + n.ToString(CultureInfo.InvariantCulture)] = json.Substring(i, Math.Min(size, json.Length - i));
        return etag is { } tag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, tag)
            : new TableTransactionAction(TableTransactionActionType.Add, row);
    }

    public static AnalyticsContribution Contribution(TableEntity? marker)
    {
        if (marker is null)
            return AnalyticsContribution.Empty;
        var parts = new List<string>();
        for (var n = 0; marker.GetString("C" + n.ToString(CultureInfo.InvariantCulture)) is { } part; n++)
            parts.Add(part);
        return new(StoredJson.Deserialize<Dictionary<string, Dictionary<string, long>>>(string.Concat(parts))
            .ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, long>)c.Value, StringComparer.Ordinal));
    }

    /// <summary>The row-key range of one kind's cells: from the escaped "kind|" up to (not including) the next prefix.</summary>
    public static (string From, string To) KindRange(string kind)
    {
        var prefix = TableKeys.Escape(kind + CellKinds.Separator);
        return (prefix, prefix[..^1] + (char)(prefix[^1] + 1));
    }

    public static bool HoldsSampleOf(TableEntity row, string subject) => Samples(row).Exists(s => s.Subject == subject);

    /// <summary>The cell without the subject's examples, one version on (counters and label as they are).</summary>
    public static AnalyticsCell WithoutSamplesOf(string period, TableEntity row, string subject)
    {
        var cell = ToCell(period, row);
        return cell with { Version = cell.Version + 1, Samples = [.. cell.Samples.Where(s => s.Subject != subject)] };
    }

    public static long Version(TableEntity? marker) => marker?.GetInt64("Q") ?? 0;

    private static SortedDictionary<string, long> Counters(TableEntity row) =>
        new(StoredJson.Deserialize<Dictionary<string, long>>(row.GetString("C") ?? "{}"), StringComparer.Ordinal);

    private static List<CommentSample> Samples(TableEntity row) =>
        row.GetString("X") is { } x ? StoredJson.Deserialize<List<CommentSample>>(x) : [];

    private static string Shorten(string text) => text.Length <= MaxSampleLength ? text : text[..(MaxSampleLength - 1)] + "…";
}
