using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Returns.CostProbe;

/// <summary>Turns one measurement (Azurite's log, the host's spans, the task hub) into figures per return and per idle hour.</summary>
internal static class Analysis
{
    public static async Task<int> RunAsync(string storage, string hub, string azuriteLog, string spansFile, string marksFile, int memoryMb)
    {
        var marks = Marks.Read(marksFile);
        var idle = (From: marks.Time("idle_start"), To: marks.Time("idle_end"));
        var run = (From: marks.Time("run_start"), To: marks.Time("quiet_end"));
        var reads = (From: marks.Time("reads_start"), To: marks.Time("reads_end"));
        var readsCount = marks.Number("reads_count");
        var idleHours = (idle.To - idle.From).TotalHours;
        var runHours = (run.To - run.From).TotalHours;
        var readsHours = (reads.To - reads.From).TotalHours;

        var requests = AzuriteLog.Read(azuriteLog);
        var spans = Span.Read(spansFile);
        var gb = memoryMb / 1024.0;

        // The returns of the measured run: the orchestrations started between run_start and run_end.
        var instances = new TableClient(storage, hub + "Instances");
        var runIds = new List<string>();
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var allReturns = 0;
        await foreach (var row in instances.QueryAsync<TableEntity>())
        {
            if (row.GetString("Name") != "ReturnOrchestrator")
                continue;
            allReturns++;
            var created = row.GetDateTime("CreatedTime") ?? row.Timestamp?.UtcDateTime ?? DateTime.MinValue;
            if (created < run.From || created > marks.Time("run_end"))
                continue;
            runIds.Add(row.PartitionKey);
            var status = row.GetString("RuntimeStatus") ?? "?";
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }

        var n = runIds.Count;
        if (n == 0)
        {
            Console.Error.WriteLine("analyze: no return orchestration was started in the measured run.");
            return 1;
        }

        var o = Console.Out;
        o.WriteLine($"# Cost probe: {n} returns through their whole lifecycle (orchestrations now: {string.Join(", ", statuses.Select(s => $"{s.Value} {s.Key}"))})");
        o.WriteLine();
        o.WriteLine($"windows: idle {Secs(idle)} s before the run; run + quiet {Secs(run)} s; {readsCount} status reads in {Secs(reads)} s. "
            + $"Azurite served {requests.Count} requests in all.");
        o.WriteLine();

        // --- Storage transactions ------------------------------------------------------------------------------------
        var inIdle = Count(requests, idle, hub);
        var inRun = Count(requests, run, hub);
        var inReads = Count(requests, reads, hub);
        var polls = spans.Count(s => s.IsHttp && In(s.Start, run) && s.Method == "GET" && Routes.Of(s) == "GET /api/returns/{id}");
        var keys = inIdle.Keys.Concat(inRun.Keys).Distinct().OrderBy(k => k.Service).ThenBy(k => k.Component).ThenBy(k => k.Kind).ToList();

        double IdlePerHour(StorageKey k) => inIdle.GetValueOrDefault(k).Requests / idleHours;
        double PerRead(StorageKey k) => readsCount == 0 ? 0 : Math.Max(0, (inReads.GetValueOrDefault(k).Requests - IdlePerHour(k) * readsHours) / readsCount);
        double PerReturn(StorageKey k) => (inRun.GetValueOrDefault(k).Requests - IdlePerHour(k) * runHours - polls * PerRead(k)) / n;
        double PartsPerReturn(StorageKey k)
        {
            var idleParts = inIdle.GetValueOrDefault(k).Parts / idleHours;
            return (inRun.GetValueOrDefault(k).Parts - idleParts * runHours) / n;
        }

        o.WriteLine("## Storage transactions per return (net of the idle rate and of the bench's status polling)");
        o.WriteLine();
        o.WriteLine("| service | part | kind | per return | per status read | idle, per hour (local host) |");
        o.WriteLine("|---|---|---|---:|---:|---:|");
        foreach (var k in keys)
        {
            var note = k.Kind == "batch" ? $" ({PartsPerReturn(k):0.#} entity ops inside)" : "";
            o.WriteLine($"| {k.Service} | {k.Component} | {k.Kind} | {PerReturn(k):0.0}{note} | {PerRead(k):0.00} | {IdlePerHour(k):0} |");
        }

        o.WriteLine();
        o.WriteLine("| service | per return, all | per return, without the local outbox | of which durable backend | entity ops inside batches | idle, per hour |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            var ks = keys.Where(k => k.Service == service).ToList();
            var all = ks.Sum(PerReturn);
            var noOutbox = ks.Where(k => k.Component != StorageKey.LocalOutbox).Sum(PerReturn);
            var durable = ks.Where(k => k.Component == StorageKey.Durable).Sum(PerReturn);
            var parts = ks.Where(k => k.Kind == "batch").Sum(PartsPerReturn);
            o.WriteLine($"| {service} | {all:0.0} | {noOutbox:0.0} | {durable:0.0} | {parts:0.0} | {ks.Sum(IdlePerHour):0} |");
        }

        o.WriteLine();
        o.WriteLine("Per return by resource (net, |value| >= 0.5):");
        o.WriteLine();
        o.WriteLine("| service | resource | kind | per return |");
        o.WriteLine("|---|---|---|---:|");
        var byResource = requests.GroupBy(r => (Key: StorageKey.Of(r, hub), Resource: ResourceOf(r, hub)))
            .Select(g => (g.Key, Net: (g.Count(r => In(r.Time, run)) - g.Count(r => In(r.Time, idle)) / idleHours * runHours
                - polls * Math.Max(0, (g.Count(r => In(r.Time, reads)) - g.Count(r => In(r.Time, idle)) / idleHours * readsHours) / Math.Max(1, readsCount))) / n))
            .Where(x => Math.Abs(x.Net) >= 0.5)
            .OrderBy(x => x.Key.Key.Service).ThenByDescending(x => x.Net);
        foreach (var (key, net) in byResource)
            o.WriteLine($"| {key.Key.Service} | {key.Resource} | {key.Key.Kind} | {net:0.0} |");

        var emptyPolls = keys.Where(k => k.Kind == "get messages (empty)").Sum(k => inRun.GetValueOrDefault(k).Requests) / (double)n;
        o.WriteLine();
        o.WriteLine($"Empty queue polls during the run, not net of idle: {emptyPolls:0.0} per return (time-based: they follow the polling interval, not the returns).");
        o.WriteLine($"Bench status polls in the run: {polls} ({polls / (double)n:0.0} per return), subtracted at the measured cost per status read.");
        o.WriteLine();

        // --- Executions -------------------------------------------------------------------------------------------------
        var runSpans = spans.Where(s => In(s.Start, run)).ToList();
        var http = runSpans.Where(s => s.IsHttp && !s.IsSidecar).GroupBy(Routes.Of).OrderByDescending(g => g.Count()).ToList();
        o.WriteLine("## Executions per return");
        o.WriteLine();
        o.WriteLine("| execution | per return | mean ms | total ms per return |");
        o.WriteLine("|---|---:|---:|---:|");
        double httpCount = 0, httpMs = 0;
        foreach (var g in http)
        {
            var isPoll = g.Key == "GET /api/returns/{id}";
            var label = isPoll ? "HTTP GET /api/returns/{id} (bench status polls; a customer's tracking-page view is one)" : "HTTP " + g.Key;
            o.WriteLine($"| {label} | {g.Count() / (double)n:0.00} | {g.Average(s => s.Ms):0.0} | {g.Sum(s => s.Ms) / n:0.0} |");
            if (isPoll || g.Key.StartsWith("GET /api/health", StringComparison.Ordinal))
                continue;
            httpCount += g.Count();
            httpMs += g.Sum(s => s.Ms);
        }

        var activities = runSpans.Where(s => s.IsActivityExecution && runIds.Contains(s.InstanceId)).GroupBy(s => s.TaskName).OrderByDescending(g => g.Count()).ToList();
        foreach (var g in activities)
            o.WriteLine($"| activity {g.Key} | {g.Count() / (double)n:0.00} | {g.Average(s => s.Ms):0.0} | {g.Sum(s => s.Ms) / n:0.0} |");
        var activityCount = activities.Sum(g => g.Count());
        var activityMs = activities.Sum(g => g.Sum(s => s.Ms));
        var otherActivities = runSpans.Where(s => s.IsActivityExecution && !runIds.Contains(s.InstanceId)).ToList();

        var history = await History.ReadAsync(storage, hub, runIds);
        o.WriteLine($"| orchestrator episodes (History: OrchestratorStarted) | {history.Episodes / (double)n:0.00} | {history.EpisodeMsMean:0.0} | {history.EpisodeMsTotal / n:0.0} |");
        o.WriteLine();
        o.WriteLine("History events per return: " + string.Join(", ", history.Events.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value / (double)n:0.0}")));
        o.WriteLine();
        var perReturnExecutions = (httpCount + activityCount + history.Episodes) / n;
        var perReturnMs = (httpMs + activityMs + history.EpisodeMsTotal) / n;
        o.WriteLine($"Functions executions per return (lifecycle HTTP requests + activities + orchestrator episodes, no status polls): "
            + $"{httpCount / n:0.0} + {activityCount / (double)n:0.0} + {history.Episodes / (double)n:0.0} = {perReturnExecutions:0.0}");
        o.WriteLine($"Measured execution time per return: {perReturnMs:0} ms (HTTP {httpMs / n:0}, activities {activityMs / n:0}, episodes {history.EpisodeMsTotal / n:0}).");
        o.WriteLine($"GB-s per return at {memoryMb} MB: at least {perReturnMs / 1000 * gb:0.00} (executions back to back in one billed period), "
            + $"at most {perReturnExecutions * Math.Max(1, perReturnMs / 1000 / perReturnExecutions) * gb:0.0} (each execution its own billed period of >= 1 s).");
        if (otherActivities.Count > 0)
            o.WriteLine($"Activities of other orchestrations (background processes) in the window: {otherActivities.Count}.");
        o.WriteLine();

        // --- Events and emails -----------------------------------------------------------------------------------------
        var outbox = await Outboxes.ReadAsync(storage, hub, runIds);
        o.WriteLine("## Integration events and emails per return");
        o.WriteLine();
        o.WriteLine($"integration events stored (IntegrationOutbox ids): {outbox.IntegrationEvents / (double)n:0.00}; "
            + $"sent to the broker stand-in (Outbox event-*): {outbox.Kinds.GetValueOrDefault("event") / (double)n:0.00}; "
            + $"emails (Outbox email-*): {outbox.Kinds.GetValueOrDefault("email") / (double)n:0.00}"
            + string.Concat(outbox.Kinds.Where(k => k.Key is not "event" and not "email").Select(k => $"; {k.Key}-*: {k.Value / (double)n:0.00}")));
        o.WriteLine();

        // --- Data stored ----------------------------------------------------------------------------------------------
        var data = await DataSize.ReadAsync(storage);
        o.WriteLine("## Data stored");
        o.WriteLine();
        o.WriteLine($"{allReturns} returns in the account (with the warm-up); tables {data.TableBytes / 1024.0:0} KiB in {data.Entities} entities "
            + $"(durable {data.DurableTableBytes(hub) / 1024.0:0} KiB), blobs {data.BlobBytes / 1024.0:0} KiB: "
            + $"about {(data.TableBytes + data.BlobBytes) / 1024.0 / allReturns:0.0} KiB per return, "
            + $"{(data.TableBytes - data.Tables.GetValueOrDefault("Outbox").Bytes + data.BlobBytes) / 1024.0 / allReturns:0.0} KiB without the local outbox.");
        foreach (var t in data.Tables.OrderByDescending(t => t.Value.Bytes).Take(8))
            o.WriteLine($"  {t.Key}: {t.Value.Entities} entities, {t.Value.Bytes / 1024.0:0.0} KiB");
        o.WriteLine();

        // --- Idle ------------------------------------------------------------------------------------------------------
        o.WriteLine("## Idle, per hour (local host: durable queues polled at most 1 s apart, dispatcher every 1 s, analytics every 5 s)");
        o.WriteLine();
        o.WriteLine("| service | part | kind | resource | per hour |");
        o.WriteLine("|---|---|---|---|---:|");
        foreach (var g in requests.Where(r => In(r.Time, idle))
                     .GroupBy(r => (Key: StorageKey.Of(r, hub), Resource: Generalise(StorageKey.Segment(r.Url), hub)))
                     .OrderByDescending(g => g.Count()))
            o.WriteLine($"| {g.Key.Key.Service} | {g.Key.Key.Component} | {g.Key.Key.Kind} | {g.Key.Resource} | {g.Count() / idleHours:0} |");
        var idleSpans = spans.Where(s => In(s.Start, idle)).ToList();
        o.WriteLine();
        o.WriteLine($"Durable work while idle: {idleSpans.Count(s => s.IsActivityExecution)} activities, {idleSpans.Count(s => s.IsSidecar && s.Path.EndsWith("CompleteOrchestratorTask", StringComparison.Ordinal))} orchestrator episodes in {Secs(idle)} s.");
        return 0;
    }

    private static string ResourceOf(StorageRequest r, string hub) =>
        Generalise(r.Operation == "Table_Batch" && r.BatchParts.Count > 0 ? r.BatchParts[0].Table : StorageKey.Segment(r.Url), hub);

    private static string Generalise(string resource, string hub) =>
        resource.StartsWith(hub + "-control-", StringComparison.OrdinalIgnoreCase) ? hub + "-control-NN" : resource;

    private static string Secs((DateTime From, DateTime To) w) => (w.To - w.From).TotalSeconds.ToString("0", CultureInfo.InvariantCulture);

    private static bool In(DateTime t, (DateTime From, DateTime To) w) => t >= w.From && t < w.To;

    private static Dictionary<StorageKey, (int Requests, int Parts)> Count(List<StorageRequest> requests, (DateTime From, DateTime To) w, string hub)
    {
        var counts = new Dictionary<StorageKey, (int Requests, int Parts)>();
        foreach (var r in requests.Where(r => In(r.Time, w)))
        {
            var k = StorageKey.Of(r, hub);
            var c = counts.GetValueOrDefault(k);
            counts[k] = (c.Requests + 1, c.Parts + r.BatchParts.Count);
        }

        return counts;
    }
}

internal sealed class Marks
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Marks Read(string path)
    {
        var m = new Marks();
        foreach (var line in File.ReadAllLines(path))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
                m._values[parts[0]] = parts[1];
        }

        return m;
    }

    public DateTime Time(string name) => _values.TryGetValue(name, out var v)
        ? DateTime.Parse(v, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
        : throw new ArgumentException($"The marks file has no {name}.");

    public int Number(string name) => _values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : 0;
}

/// <summary>The History table of the task hub: what each return's orchestration did.</summary>
internal sealed record History(int Episodes, double EpisodeMsTotal, Dictionary<string, int> Events)
{
    public double EpisodeMsMean => Episodes == 0 ? 0 : EpisodeMsTotal / Episodes;

    public static async Task<History> ReadAsync(string storage, string hub, IReadOnlyList<string> instanceIds)
    {
        var table = new TableClient(storage, hub + "History");
        var events = new Dictionary<string, int>(StringComparer.Ordinal);
        var episodes = 0;
        double ms = 0;
        foreach (var id in instanceIds)
        {
            var rows = new List<TableEntity>();
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == id))
                rows.Add(row);
            DateTime? started = null;
            foreach (var row in rows.Where(r => r.RowKey != "sentinel").OrderBy(r => r.RowKey, StringComparer.Ordinal))
            {
                var type = row.GetString("EventType") ?? "?";
                events[type] = events.GetValueOrDefault(type) + 1;
                var at = row.GetDateTime("_Timestamp") ?? row.GetDateTime("Timestamp") ?? row.Timestamp?.UtcDateTime;
                if (type == "OrchestratorStarted")
                {
                    episodes++;
                    started = at;
                }
                else if (type == "OrchestratorCompleted" && started is { } s && at is { } e && e >= s)
                {
                    ms += (e - s).TotalMilliseconds;
                    started = null;
                }
            }
        }

        return new History(episodes, ms, events);
    }
}

/// <summary>The integration outbox (events stored) and the local outbox (what SendGrid and Service Bus would get).</summary>
internal sealed record Outboxes(int IntegrationEvents, Dictionary<string, int> Kinds)
{
    /// <summary>The host's outbox table for a task hub (TableIntegrationOutbox.TableNameFor; this tool reads storage only).</summary>
    private static string OutboxTable(string hub) =>
        hub.Equals("returns", StringComparison.OrdinalIgnoreCase) ? "IntegrationOutbox" : "IntegrationOutbox" + hub;

    public static async Task<Outboxes> ReadAsync(string storage, string hub, IReadOnlyList<string> returnIds)
    {
        var ids = returnIds.ToHashSet(StringComparer.Ordinal);
        static string? ReturnIdIn(string key) => key.IndexOf("RT-", StringComparison.Ordinal) is var i and >= 0
            ? key[i..].Split('-') is { Length: >= 2 } p ? $"{p[0]}-{p[1]}" : null
            : null;

        var integration = 0;
        await foreach (var row in new TableClient(storage, OutboxTable(hub)).QueryAsync<TableEntity>(e => e.PartitionKey == "ids"))
        {
            if (ReturnIdIn(row.RowKey) is { } id && ids.Contains(id))
                integration++;
        }

        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in new TableClient(storage, "Outbox").QueryAsync<TableEntity>(e => e.PartitionKey == "by-id"))
        {
            if (ReturnIdIn(row.RowKey) is not { } id || !ids.Contains(id))
                continue;
            var kind = row.RowKey.Split('-')[0];
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }

        return new Outboxes(integration, kinds);
    }
}

/// <summary>Bytes stored: entities sized by the Table service's formula, blobs by their length.</summary>
internal sealed record DataSize(Dictionary<string, (int Entities, long Bytes)> Tables, long BlobBytes)
{
    public long TableBytes => Tables.Values.Sum(t => t.Bytes);

    public int Entities => Tables.Values.Sum(t => t.Entities);

    public long DurableTableBytes(string hub) => Tables.Where(t => t.Key.StartsWith(hub, StringComparison.OrdinalIgnoreCase)).Sum(t => t.Value.Bytes);

    public static async Task<DataSize> ReadAsync(string storage)
    {
        var tables = new Dictionary<string, (int, long)>(StringComparer.Ordinal);
        var service = new TableServiceClient(storage);
        await foreach (var t in service.QueryAsync())
        {
            int count = 0;
            long bytes = 0;
            await foreach (var e in service.GetTableClient(t.Name).QueryAsync<TableEntity>())
            {
                count++;
                bytes += Size(e);
            }

            tables[t.Name] = (count, bytes);
        }

        long blobBytes = 0;
        var blobs = new BlobServiceClient(storage);
        await foreach (var c in blobs.GetBlobContainersAsync())
        {
            await foreach (var b in blobs.GetBlobContainerClient(c.Name).GetBlobsAsync())
                blobBytes += b.Properties.ContentLength ?? 0;
        }

        return new DataSize(tables, blobBytes);
    }

    // 4 bytes + 2 per key character + for each property 8 + 2 per name character + the value's size.
    private static long Size(TableEntity e)
    {
        long size = 4 + (e.PartitionKey.Length + e.RowKey.Length) * 2;
        foreach (var (name, value) in e)
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")
                continue;
            size += 8 + name.Length * 2 + value switch
            {
                string s => 4 + s.Length * 2,
                byte[] b => 4 + b.Length,
                BinaryData b => 4 + b.ToMemory().Length,
                bool => 1,
                int => 4,
                long or double or DateTime or DateTimeOffset => 8,
                Guid => 16,
                _ => 8,
            };
        }

        return size;
    }
}
