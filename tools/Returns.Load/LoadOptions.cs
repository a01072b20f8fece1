using System.Globalization;

namespace Returns.Load;

/// <summary>Command-line options of the load generator.</summary>
internal sealed record LoadOptions
{
    public const string Usage = """
        Returns.Load: open-loop load against a running local host, in stages of rising rates.

          dotnet tools/Returns.Load/bin/Release/net10.0/Returns.Load.dll --link-key FILE [options]

          --url URL               the host (default http://127.0.0.1:7391)
          --link-key FILE         the host's link-signing key (RETURNS_DATA_DIR/link-signing.key): seeded returns are
                                  confirmed with links signed from it (required)
          --api-key KEY           x-api-key of shop-site and merchant routes (default dev-admin-key)
          --secret SECRET         generic carrier webhook secret (default dev-webhook-secret)
          --lookups RATES         portal lookup stages, requests/s (default 50,100,200,400)
          --webhooks RATES        carrier webhook stages, events/s (default 100,200,300,400)
          --creations RATES       return creation stages, requests/s (default 10,25,50)
          --stage-seconds S       length of each stage (default 10)
          --lookup-orders N       orders seeded for the lookups (default 200)
          --labelled-returns N    returns seeded up to label_issued; the webhooks are their scans (default 200)
          --duplicate-every N     every Nth webhook repeats an earlier event id, which must count once (default 50; 0 = none)
          --max-in-flight N       open requests at most; a request due beyond that is counted as not sent (default 1000)
          --request-timeout S     one request's limit (default 10)
          --reflect-timeout S     how long the accepted webhook events may take to reach the timelines (default 240)
          --settle-seconds S      pause between phases, so one phase's tail does not weigh on the next (default 3)
          --timeout T             the whole run, seconds or hh:mm:ss (default 00:09:00)
          --smoke                 a few seconds at tiny rates: checks correctness only (no 5xx, every event reflected)
          --json FILE             also write the results as JSON
          --cpu NAME=PID,...      also report the CPU seconds these processes (e.g. host=123,azurite=456) used per stage

        Phases: seed (orders through POST /api/orders; returns requested, confirmed and waited for up to label_issued),
        lookups, webhooks (signed in_transit scans with unique event ids on the seeded returns' tracking numbers,
        occurredAt increasing), the timeline check of every accepted event, creations (one new return per request).
        Exit code 0 when nothing answered 5xx and every accepted event was reflected once (requests unanswered within
        the timeout are overload, reported per stage); 1 otherwise; 3 when the host does not answer.
        """;

    public Uri Url { get; init; } = new("http://127.0.0.1:7391");
    public string? LinkKeyFile { get; init; }
    public string ApiKey { get; init; } = "dev-admin-key";
    public string Secret { get; init; } = "dev-webhook-secret";
    public IReadOnlyList<double> LookupRates { get; init; } = [50, 100, 200, 400];
    public IReadOnlyList<double> WebhookRates { get; init; } = [100, 200, 300, 400];
    public IReadOnlyList<double> CreationRates { get; init; } = [10, 25, 50];
    public TimeSpan StageDuration { get; init; } = TimeSpan.FromSeconds(10);
    public int LookupOrders { get; init; } = 200;
    public int LabelledReturns { get; init; } = 200;
    public int DuplicateEvery { get; init; } = 50;
    public int MaxInFlight { get; init; } = 1000;
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan ReflectTimeout { get; init; } = TimeSpan.FromSeconds(240);
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(3);
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(9);
    public string? JsonFile { get; init; }
    public IReadOnlyDictionary<string, int> CpuProcesses { get; init; } = new Dictionary<string, int>();

    /// <summary>The short correctness run of ./test.sh: a few requests per kind, seconds in all.</summary>
    public LoadOptions AsSmoke() => this with
    {
        LookupRates = [10],
        WebhookRates = [10],
        CreationRates = [2],
        StageDuration = TimeSpan.FromSeconds(2),
        LookupOrders = 5,
        LabelledReturns = 3,
        DuplicateEvery = 5,
        ReflectTimeout = TimeSpan.FromSeconds(90),
        Settle = TimeSpan.Zero,
        Timeout = TimeSpan.FromMinutes(4),
    };

    public static (LoadOptions? Options, string? Message) Parse(string[] args)
    {
        var o = new LoadOptions();
        var smoke = false;
        var explicitValues = new List<Func<LoadOptions, LoadOptions>>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
                return (null, Usage);
            if (name == "--smoke")
            {
                smoke = true;
                continue;
            }

            if (i + 1 >= args.Length)
                return (null, $"{name} needs a value.\n\n{Usage}");
            var value = args[++i];
            Func<LoadOptions, LoadOptions>? set = null;
            string? error = null;
            switch (name)
            {
                case "--url":
                    if (Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var url))
                        set = x => x with { Url = url };
                    else
                        error = $"--url {value} is not an absolute URL.";
                    break;
                case "--link-key":
                    if (File.Exists(value))
                        set = x => x with { LinkKeyFile = value };
                    else
                        error = $"--link-key {value} does not exist.";
                    break;
                case "--api-key":
                    set = x => x with { ApiKey = value };
                    break;
                case "--secret":
                    set = x => x with { Secret = value };
                    break;
                case "--lookups" or "--webhooks" or "--creations":
                    if (Rates(value) is { } rates)
                        set = name switch
                        {
                            "--lookups" => x => x with { LookupRates = rates },
                            "--webhooks" => x => x with { WebhookRates = rates },
                            _ => x => x with { CreationRates = rates },
                        };
                    else
                        error = $"{name} must be rates per second separated by commas (e.g. 50,100), or 0 to skip.";
                    break;
                case "--stage-seconds" or "--request-timeout" or "--reflect-timeout" or "--settle-seconds":
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds <= 3600)
                    {
                        var span = TimeSpan.FromSeconds(seconds);
                        set = name switch
                        {
                            "--stage-seconds" => x => x with { StageDuration = span },
                            "--request-timeout" => x => x with { RequestTimeout = span },
                            "--reflect-timeout" => x => x with { ReflectTimeout = span },
                            _ => x => x with { Settle = span },
                        };
                    }
                    else
                    {
                        error = $"{name} must be seconds from 0 to 3600.";
                    }

                    break;
                case "--lookup-orders" or "--labelled-returns" or "--duplicate-every" or "--max-in-flight":
                    if (int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= 100_000)
                        set = name switch
                        {
                            "--lookup-orders" => x => x with { LookupOrders = n },
                            "--labelled-returns" => x => x with { LabelledReturns = n },
                            "--duplicate-every" => x => x with { DuplicateEvery = n },
                            _ => x => x with { MaxInFlight = Math.Max(1, n) },
                        };
                    else
                        error = $"{name} must be a whole number from 0 to 100000.";
                    break;
                case "--timeout":
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var total) && total > 0)
                        set = x => x with { Timeout = TimeSpan.FromSeconds(total) };
                    else if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var t) && t > TimeSpan.Zero)
                        set = x => x with { Timeout = t };
                    else
                        error = "--timeout must be seconds or hh:mm:ss.";
                    break;
                case "--json":
                    set = x => x with { JsonFile = value };
                    break;
                case "--cpu":
                    var pids = new Dictionary<string, int>(StringComparer.Ordinal);
                    foreach (var pair in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        var parts = pair.Split('=', 2);
                        if (parts.Length != 2 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var pid) || pid <= 0)
                        {
                            error = "--cpu must be NAME=PID pairs separated by commas.";
                            break;
                        }

                        pids[parts[0]] = pid;
                    }

                    set = x => x with { CpuProcesses = pids };
                    break;
                default:
                    error = $"Unknown option {name}.\n\n{Usage}";
                    break;
            }

            if (error is not null)
                return (null, error);
            explicitValues.Add(set!);
        }

        // --smoke sets the small defaults; options given explicitly still win, wherever they stand.
        if (smoke)
            o = o.AsSmoke();
        foreach (var set in explicitValues)
            o = set(o);
        if (o.LinkKeyFile is null)
            return (null, $"--link-key is required (the host's RETURNS_DATA_DIR/link-signing.key).\n\n{Usage}");
        if (o.WebhookRates.Count > 0 && o.LabelledReturns == 0)
            return (null, "The webhook stages need --labelled-returns of at least 1.");
        return (o, null);
    }

    private static IReadOnlyList<double>? Rates(string value)
    {
        if (value.Trim() == "0")
            return [];
        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var rates = new List<double>();
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate <= 0 || rate > 10_000)
                return null;
            rates.Add(rate);
        }

        return rates.Count == 0 ? null : rates;
    }
}
