using System.Globalization;

namespace Returns.Bench;

/// <summary>Command-line options of the bench.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        Returns.Bench: drives returns through their whole lifecycle against a running local host.

          dotnet run --project tools/Returns.Bench -c Release -- [options]

          --url URL           the host (default http://127.0.0.1:7391)
          --returns N         returns in the parallel run (default 200)
          --concurrency C     returns in flight at once (default: all of them)
          --api-key KEY       x-api-key of shop-site and merchant routes (default dev-admin-key)
          --secret SECRET     generic carrier webhook secret (default dev-webhook-secret)
          --timeout T         global timeout, seconds or hh:mm:ss (default 00:10:00)
          --poll-ms MS        status/outbox polling interval of one return (default 250)
          --max-polls N       status polls per second over all returns together (default 100), so the
                              bench's own polling does not become the load it measures
          --link-key FILE     sign confirmation links with the host's key file (RETURNS_DATA_DIR/link-signing.key)
                              instead of reading them from /api/dev/outbox
          --skip-single       skip the single-return warm-up measurement
          --summary FILE      also write the figures as JSON to FILE (read by tools/Returns.Overhead)

        Each return: POST /api/orders, POST /api/returns, confirm via the emailed link, wait for label_issued,
        signed picked_up and delivered scans, wait for received, POST the inspection, wait for closed.
        Exit code 0 when every return closed, 1 when some failed, 2 when the timeout left some stuck.
        """;

    public Uri Url { get; init; } = new("http://127.0.0.1:7391");
    public int Returns { get; init; } = 200;
    public int? Concurrency { get; init; }
    public string ApiKey { get; init; } = "dev-admin-key";
    public string Secret { get; init; } = "dev-webhook-secret";
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);
    public int MaxPollsPerSecond { get; init; } = 100;
    public string? LinkKeyFile { get; init; }
    public bool SkipSingle { get; init; }
    public string? SummaryFile { get; init; }

    public int EffectiveConcurrency => Math.Max(1, Math.Min(Concurrency ?? Returns, Returns));

    /// <summary>The options, or null with an error message (or the usage text for --help).</summary>
    public static (BenchOptions? Options, string? Message) Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
                return (null, Usage);
            if (name == "--skip-single")
            {
                o = o with { SkipSingle = true };
                continue;
            }

            if (i + 1 >= args.Length)
                return (null, $"{name} needs a value.\n\n{Usage}");
            var value = args[++i];
            switch (name)
            {
                case "--url":
                    if (!Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var url))
                        return (null, $"--url {value} is not an absolute URL.");
                    o = o with { Url = url };
                    break;
                case "--returns":
                    if (!int.TryParse(value, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 100_000)
                        return (null, "--returns must be a whole number from 1 to 100000.");
                    o = o with { Returns = n };
                    break;
                case "--concurrency":
                    if (!int.TryParse(value, CultureInfo.InvariantCulture, out var c) || c < 1)
                        return (null, "--concurrency must be a positive whole number.");
                    o = o with { Concurrency = c };
                    break;
                case "--api-key":
                    o = o with { ApiKey = value };
                    break;
                case "--secret":
                    o = o with { Secret = value };
                    break;
                case "--timeout":
                    if (ParseDuration(value) is not { } timeout)
                        return (null, "--timeout must be seconds or hh:mm:ss.");
                    o = o with { Timeout = timeout };
                    break;
                case "--poll-ms":
                    if (!int.TryParse(value, CultureInfo.InvariantCulture, out var ms) || ms < 10 || ms > 60_000)
                        return (null, "--poll-ms must be from 10 to 60000.");
                    o = o with { PollInterval = TimeSpan.FromMilliseconds(ms) };
                    break;
                case "--max-polls":
                    if (!int.TryParse(value, CultureInfo.InvariantCulture, out var rate) || rate < 1 || rate > 100_000)
                        return (null, "--max-polls must be from 1 to 100000.");
                    o = o with { MaxPollsPerSecond = rate };
                    break;
                case "--summary":
                    o = o with { SummaryFile = value };
                    break;
                case "--link-key":
                    if (!File.Exists(value))
                        return (null, $"--link-key {value} does not exist.");
                    o = o with { LinkKeyFile = value };
                    break;
                default:
                    return (null, $"Unknown option {name}.\n\n{Usage}");
            }
        }

        return (o, null);
    }

    private static TimeSpan? ParseDuration(string value)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            return TimeSpan.FromSeconds(seconds);
        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero ? span : null;
    }
}
