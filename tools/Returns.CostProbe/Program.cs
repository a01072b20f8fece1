using System.Globalization;
using Returns.CostProbe;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

const string Usage = """
    Returns.CostProbe: what one return costs on the local host (run by scripts/measure-costs.sh).

      Returns.CostProbe reads   --storage CONN --url URL --count K
          K status reads (GET /api/returns/{id}?email=...) of one return found in the Returns table, one at a time.
      Returns.CostProbe analyze --storage CONN --hub HUB --azurite-log FILE --spans FILE --marks FILE [--memory-mb 2048]
          reads Azurite's debug log, the host's span file (StartupHook) and the task hub, and prints per return:
          storage transactions by service, part and kind; executions; events; emails; execution time; data stored;
          and the idle rates per hour. FILE of marks: lines "name ISO-8601-UTC" for idle_start, idle_end, run_start,
          run_end, quiet_end, reads_start, reads_end and "reads_count K".
    """;

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 64 : 0;
}

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
    options[args[i]] = args[i + 1];

string Need(string name) => options.TryGetValue(name, out var v) ? v : throw new ArgumentException($"{args[0]} needs {name}.\n\n{Usage}");

try
{
    return args[0] switch
    {
        "reads" => await StatusReads.RunAsync(Need("--storage"), new Uri(Need("--url")), int.Parse(Need("--count"), CultureInfo.InvariantCulture)),
        "analyze" => await Analysis.RunAsync(
            Need("--storage"), Need("--hub"), Need("--azurite-log"), Need("--spans"), Need("--marks"),
            options.TryGetValue("--memory-mb", out var mb) ? int.Parse(mb, CultureInfo.InvariantCulture) : 2048),
        _ => throw new ArgumentException($"Unknown command {args[0]}.\n\n{Usage}"),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 64;
}
