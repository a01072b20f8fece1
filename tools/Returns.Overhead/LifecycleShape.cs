using System.Text.Json;
using Azure.Data.Tables;

namespace Returns.Overhead;

/// <summary>One external event a return waits for, whether the wait raced a durable timer, and the activity calls it leads to.</summary>
internal sealed record ShapeWait(bool Timed, int ActivitiesAfter);

/// <summary>
/// The durable shape of one real return, read from its history in the task hub's History table: the activity calls
/// before the first external event and after each one, and which waits raced a timer. The no-op orchestration
/// replays this shape with activities that do nothing.
/// </summary>
internal sealed record LifecycleShape(int Leading, IReadOnlyList<ShapeWait> Waits)
{
    public int Activities => Leading + Waits.Sum(w => w.ActivitiesAfter);

    public int Timers => Waits.Count(w => w.Timed);

    /// <summary>The return the shape was read from (for the report).</summary>
    public string Source { get; init; } = "";

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, JsonSerializerOptions.Web));

    public static LifecycleShape Read(string path) =>
        JsonSerializer.Deserialize<LifecycleShape>(File.ReadAllText(path), JsonSerializerOptions.Web) ?? throw new InvalidDataException($"{path} holds no shape.");

    public override string ToString() =>
        $"{Activities} activity calls, {Waits.Count} external events, {Timers} timers " +
        $"[{Leading} | {string.Join(" | ", Waits.Select(w => $"{(w.Timed ? "event+timer" : "event")} → {w.ActivitiesAfter}"))}]";

    /// <summary>Reads the history rows of <paramref name="instanceId"/> (the Azure Storage backend's History table) in order.</summary>
    public static async Task<LifecycleShape> ReadAsync(TableServiceClient tables, string taskHub, string instanceId, CancellationToken ct)
    {
        var history = tables.GetTableClient(taskHub + "History");
        var rows = new List<(string RowKey, string EventType)>();
        await foreach (var row in history.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}"), select: ["RowKey", "EventType"], cancellationToken: ct))
        {
            if (row.GetString("EventType") is { Length: > 0 } type)
                rows.Add((row.RowKey, type));
        }

        if (rows.Count == 0)
            throw new InvalidOperationException($"No history for {instanceId} in {taskHub}History.");
        return FromEventTypes(rows.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(r => r.EventType)) with { Source = $"{instanceId} ({taskHub})" };
    }

    /// <summary>
    /// Walks the history: a TaskScheduled counts towards the segment it happens in, a TimerCreated marks the next
    /// wait as timed (the timer is created when the orchestration starts waiting), an EventRaised closes a wait.
    /// </summary>
    public static LifecycleShape FromEventTypes(IEnumerable<string> eventTypes)
    {
        var leading = -1;
        var waits = new List<ShapeWait>();
        var activities = 0;
        var timed = false;
        foreach (var type in eventTypes)
        {
            switch (type)
            {
                case "TaskScheduled":
                    activities++;
                    break;
                case "TimerCreated":
                    timed = true;
                    break;
                case "EventRaised":
                    if (leading < 0)
                        leading = activities;
                    else
                        waits[^1] = waits[^1] with { ActivitiesAfter = activities };
                    waits.Add(new ShapeWait(timed, 0));
                    activities = 0;
                    timed = false;
                    break;
            }
        }

        if (leading < 0)
            return new LifecycleShape(activities, []);
        waits[^1] = waits[^1] with { ActivitiesAfter = activities };
        return new LifecycleShape(leading, waits);
    }
}
