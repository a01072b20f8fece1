using System.Globalization;
using System.Text.RegularExpressions;

namespace Returns.CostProbe;

/// <summary>One finished span the startup hook wrote: an HTTP request or a durable task the host ran.</summary>
internal sealed record Span(DateTime Start, double Ms, string Source, string Name, string Kind, string Method, string Path, string Status, string TaskType, string TaskName, string InstanceId)
{
    public DateTime End => Start.AddMilliseconds(Ms);

    public bool IsHttp => Source == "Microsoft.AspNetCore" && Path != "-";

    /// <summary>The sidecar's gRPC calls run in the same process: not requests of the app.</summary>
    public bool IsSidecar => Path.StartsWith("/TaskHubSidecarService/", StringComparison.Ordinal);

    public bool IsActivityExecution => Source == "Microsoft.DurableTask" && TaskType == "activity" && Kind == "Server";

    public static List<Span> Read(string path)
    {
        var spans = new List<Span>();
        if (!File.Exists(path))
            return spans;
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 12)
                continue;
            spans.Add(new Span(
                DateTime.Parse(f[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                double.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], f[4], f[5], f[6], f[8], f[9], f[10], f[11]));
        }

        return spans;
    }
}

internal static partial class Routes
{
    [GeneratedRegex(@"RT-[A-Z0-9]+")]
    private static partial Regex ReturnId();

    /// <summary>The request's route with ids taken out: "GET /api/returns/{id}".</summary>
    public static string Of(Span s)
    {
        var path = ReturnId().Replace(s.Path, "{id}");
        return $"{s.Method} {path}";
    }
}
