using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Returns.Bench;
using Returns.Local.Durable;
using Returns.Overhead;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var (options, message) = OverheadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(message);
    return message == OverheadOptions.Usage ? 0 : 64;
}

using var timeout = new CancellationTokenSource(options.Timeout);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    timeout.Cancel();
};

var summary = options.LifecycleFile is { } file ? LifecycleSummary.Read(file) : null;
var instances = options.Instances ?? summary?.Returns ?? 200;
var concurrency = Math.Clamp(options.Concurrency ?? summary?.Concurrency ?? instances, 1, instances);
var pollInterval = TimeSpan.FromMilliseconds(options.PollMs ?? summary?.PollMs ?? 250);
var maxPolls = options.MaxPolls ?? summary?.MaxPollsPerSecond ?? 100;
LifecycleShape shape;
if (options.ShapeFile is { } shapeFile)
{
    shape = LifecycleShape.Read(shapeFile);
}
else if ((options.ReturnId ?? summary?.SingleReturnId) is { } shapeOf)
{
    shape = await LifecycleShape.ReadAsync(new TableServiceClient(options.Storage), options.ShapeHub, shapeOf, timeout.Token);
}
else
{
    Console.Error.WriteLine("Which return gives the shape? Pass --return-id, --shape, or --lifecycle with a summary of a run that had its single return.");
    return 64;
}

if (options.SaveShapeFile is { } saveTo)
{
    shape.Write(saveTo);
    Console.WriteLine($"shape of return {shape.Source}: {shape}");
    return 0;
}

var groups = options.EventGroups.Sum() == shape.Waits.Count ? options.EventGroups : [.. Enumerable.Repeat(1, shape.Waits.Count)];
var input = NoopInput.From(shape, TimeSpan.FromDays(2));
Console.WriteLine($"Returns.Overhead: no-op shaped like return {shape.Source}: {shape}");
Console.WriteLine($"  task hub {options.TaskHub}; events raised in groups [{string.Join(",", groups)}]; poll {pollInterval.TotalMilliseconds:0} ms, at most {maxPolls} status polls/s");

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
// The local host's own wiring: the same backend settings, sidecar and channels; only the registered tasks differ.
builder.Services.AddLocalDurableTask(
    new LocalDurableOptions
    {
        StorageConnectionString = options.Storage,
        TaskHubName = options.TaskHub,
        SidecarSocketPath = Path.Combine(Path.GetTempPath(), $"returns-noop-{Environment.ProcessId}.sock"),
    },
    registry =>
    {
        registry.AddOrchestrator<NoopOrchestrator>();
        registry.AddActivity<NoopActivity>();
    });
using var host = builder.Build();
await host.StartAsync(timeout.Token);
var client = host.Services.GetRequiredService<DurableTaskClient>();
var pacer = new PollPacer(maxPolls);
var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
NoopInstance NewInstance(string tag, int i) => new(client, pacer, pollInterval, $"noop-{run}-{tag}{i:D5}", input, groups);

var exitCode = 0;
try
{
    var single = NewInstance("S", 0);
    await single.RunAsync(timeout.Token);
    if (!single.Completed)
    {
        Console.WriteLine($"single no-op {single.InstanceId} did not finish: {single.Error ?? $"stuck in {single.Phase}"}");
        return single.Error is null ? 2 : 1;
    }

    Console.WriteLine($"single no-op instance: {single.Elapsed.TotalSeconds:0.00} s");

    var all = Enumerable.Range(1, instances).Select(i => NewInstance("P", i)).ToArray();
    using var gate = new SemaphoreSlim(concurrency);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    var running = Task.WhenAll(all.Select(async instance =>
    {
        try
        {
            await gate.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            await instance.RunAsync(timeout.Token);
        }
        finally
        {
            gate.Release();
        }
    }));
    while (!running.IsCompleted)
    {
        await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(5)));
        if (!running.IsCompleted)
            Console.WriteLine($"  [{wall.Elapsed.TotalSeconds,5:0}s] completed {all.Count(x => x.Completed)}/{instances}");
    }

    await running;
    wall.Stop();
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

    var completed = all.Where(x => x.Completed).ToArray();
    var failed = all.Where(x => x.Error is not null).ToArray();
    var stuck = all.Where(x => !x.Completed && x.Error is null).ToArray();
    var times = completed.Select(x => x.Elapsed.TotalSeconds).Order().ToArray();
    var p50 = times.Length > 0 ? Percentile(times, 50) : 0;
    var p95 = times.Length > 0 ? Percentile(times, 95) : 0;
    Console.WriteLine($"parallel: {instances} no-op instances, concurrency {concurrency}: total {wall.Elapsed.TotalSeconds:0.0} s");
    Console.WriteLine($"  completed {completed.Length}, failed {failed.Length}, stuck {stuck.Length}");
    Console.WriteLine($"  throughput {completed.Length / wall.Elapsed.TotalMinutes:0.0} completed instances/minute");
    if (times.Length > 0)
        Console.WriteLine($"  per instance: p50 {p50:0.00} s, p95 {p95:0.00} s, min {times[0]:0.00} s, max {times[^1]:0.00} s");
    Console.WriteLine($"  cpu of this process (sidecar, worker and driver, as the host's): {cpu.TotalSeconds:0.0} s");
    foreach (var f in failed.Take(5))
        Console.WriteLine($"  FAILED {f.InstanceId}: {f.Error}");
    foreach (var s in stuck.Take(5))
        Console.WriteLine($"  STUCK {s.InstanceId} in {s.Phase}");

    if (summary is not null)
    {
        Console.WriteLine();
        Console.WriteLine($"overhead ratio (our lifecycle / no-op of the same shape, same backend and pacing, {instances} instances):");
        Console.WriteLine("  measure                          lifecycle      no-op    ratio");
        if (summary.SingleSeconds is { } s1)
            Row("one instance alone", s1, single.Elapsed.TotalSeconds);
        Row($"{instances} in parallel, total", summary.TotalSeconds, wall.Elapsed.TotalSeconds);
        Row("per instance in parallel, p50", summary.P50Seconds, p50);
        Row("per instance in parallel, p95", summary.P95Seconds, p95);
        Console.WriteLine($"  completed per minute             {summary.Completed / (summary.TotalSeconds / 60),9:0.0}  {completed.Length / wall.Elapsed.TotalMinutes,9:0.0}");
    }

    exitCode = stuck.Length > 0 ? 2 : failed.Length > 0 ? 1 : 0;
}
finally
{
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(15));
    await host.StopAsync(stop.Token);
}

return exitCode;

static void Row(string measure, double lifecycle, double noop) =>
    Console.WriteLine($"  {measure,-31}{lifecycle,9:0.00} s{noop,9:0.00} s{(noop > 0 ? lifecycle / noop : double.NaN),8:0.0}x");

static double Percentile(double[] sorted, int p) =>
    sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
