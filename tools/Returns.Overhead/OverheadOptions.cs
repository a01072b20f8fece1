using System.Globalization;

namespace Returns.Overhead;

/// <summary>Command-line options of the overhead tool.</summary>
internal sealed record OverheadOptions
{
    public const string Usage = """
        Returns.Overhead: the same durable backend as the local host (Azure Storage provider on the given storage,
        served over the in-process gRPC sidecar) running a no-op orchestration shaped like one real return.

          dotnet tools/Returns.Overhead/bin/Release/net10.0/Returns.Overhead.dll --storage CONN [options]

          --storage CONN        storage connection string (required)
          --lifecycle FILE      the lifecycle bench's --summary file: instances, concurrency, pacing and the return
                                whose history gives the shape are taken from it, and the ratios are printed
          --shape-hub HUB       task hub of that return's host (default bench)
          --return-id ID        the return whose history gives the shape (default: the summary's single return)
          --task-hub HUB        task hub of the no-op run (default noop<time>, always a fresh one)
          --instances N         instances in the parallel run (default: the summary's returns, else 200)
          --concurrency C       instances in flight at once (default: the summary's, else all)
          --event-groups LIST   events raised together at each stop, as the bench raises them (default 1,2,1:
                                confirmation; picked_up and delivered; inspection)
          --poll-ms MS          status polling interval of one instance (default: the summary's, else 250)
          --max-polls N         status polls per second over all instances (default: the summary's, else 100)
          --timeout T           seconds or hh:mm:ss (default 00:10:00)
          --save-shape FILE     only read the return's shape and write it to FILE (then run the no-op elsewhere)
          --shape FILE          take the shape from FILE (written by --save-shape) instead of the return's history
        Exit code 0 when every instance completed, 1 when some failed, 2 when some were stuck at the timeout.
        """;

    public string Storage { get; init; } = "";
    public string? LifecycleFile { get; init; }
    public string ShapeHub { get; init; } = "bench";
    public string? ReturnId { get; init; }
    public string TaskHub { get; init; } = "noop" + DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture);
    public int? Instances { get; init; }
    public int? Concurrency { get; init; }
    public IReadOnlyList<int> EventGroups { get; init; } = [1, 2, 1];
    public int? PollMs { get; init; }
    public int? MaxPolls { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);
    public string? SaveShapeFile { get; init; }
    public string? ShapeFile { get; init; }

    public static (OverheadOptions? Options, string? Message) Parse(string[] args)
    {
        var o = new OverheadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
                return (null, Usage);
            if (i + 1 >= args.Length)
                return (null, $"{name} needs a value.\n\n{Usage}");
            var value = args[++i];
            switch (name)
            {
                case "--storage":
                    o = o with { Storage = value };
                    break;
                case "--lifecycle":
                    if (!File.Exists(value))
                        return (null, $"--lifecycle {value} does not exist.");
                    o = o with { LifecycleFile = value };
                    break;
                case "--shape-hub":
                    o = o with { ShapeHub = value };
                    break;
                case "--return-id":
                    o = o with { ReturnId = value };
                    break;
                case "--task-hub":
                    o = o with { TaskHub = value };
                    break;
                case "--instances" or "--concurrency" or "--poll-ms" or "--max-polls":
                    if (!int.TryParse(value, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 100_000)
                        return (null, $"{name} must be a whole number from 1 to 100000.");
                    o = name switch
                    {
                        "--instances" => o with { Instances = n },
                        "--concurrency" => o with { Concurrency = n },
                        "--poll-ms" => o with { PollMs = n },
                        _ => o with { MaxPolls = n },
                    };
                    break;
                case "--event-groups":
                    var groups = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    var parsed = groups.Select(g => int.TryParse(g, CultureInfo.InvariantCulture, out var x) && x > 0 ? x : 0).ToArray();
                    if (parsed.Length == 0 || parsed.Contains(0))
                        return (null, "--event-groups must be positive whole numbers separated by commas, e.g. 1,2,1.");
                    o = o with { EventGroups = parsed };
                    break;
                case "--save-shape":
                    o = o with { SaveShapeFile = value };
                    break;
                case "--shape":
                    if (!File.Exists(value))
                        return (null, $"--shape {value} does not exist.");
                    o = o with { ShapeFile = value };
                    break;
                case "--timeout":
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
                        o = o with { Timeout = TimeSpan.FromSeconds(seconds) };
                    else if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
                        o = o with { Timeout = span };
                    else
                        return (null, "--timeout must be seconds or hh:mm:ss.");
                    break;
                default:
                    return (null, $"Unknown option {name}.\n\n{Usage}");
            }
        }

        return string.IsNullOrWhiteSpace(o.Storage) ? (null, $"--storage is required.\n\n{Usage}") : (o, null);
    }
}
