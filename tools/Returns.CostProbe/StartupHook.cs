using System.Diagnostics;
using System.Globalization;
using System.Text;

/// <summary>
/// A .NET startup hook (DOTNET_STARTUP_HOOKS=/path/Returns.CostProbe.dll) that writes one line per finished span of
/// the ASP.NET Core request pipeline and of the Durable Task worker to the file named by COSTPROBE_SPANS_FILE:
/// start (UTC, ISO 8601), duration in ms, source, display name, and the tags the analysis needs. It changes nothing
/// in the host; with no COSTPROBE_SPANS_FILE it does nothing. BCL types only: it runs inside the host's process.
/// </summary>
#pragma warning disable CA1050 // a startup hook must be a type named StartupHook in the global namespace
internal static class StartupHook
#pragma warning restore CA1050
{
    private static readonly object Gate = new();
    private static StreamWriter? _writer;

    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable("COSTPROBE_SPANS_FILE");
        if (string.IsNullOrWhiteSpace(path))
            return;
        _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite), new UTF8Encoding(false)) { AutoFlush = false };
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Microsoft.AspNetCore" or "Microsoft.DurableTask",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Write,
        };
        ActivitySource.AddActivityListener(listener);
        DiagnosticListener.AllListeners.Subscribe(new RequestTagger());
        var flusher = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(1000);
                lock (Gate)
                    _writer.Flush();
            }
        }) { IsBackground = true, Name = "costprobe-flush" };
        flusher.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            lock (Gate)
                _writer.Flush();
        };
    }

    private static void Write(Activity a)
    {
        var line = string.Join('\t',
            a.StartTimeUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            a.Duration.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture),
            a.Source.Name,
            Clean(a.DisplayName),
            Clean(a.Kind.ToString()),
            Clean(Tag(a, "http.request.method")),
            Clean(Tag(a, "url.path")),
            Clean(Tag(a, "http.route")),
            Clean(Tag(a, "http.response.status_code")),
            Clean(Tag(a, "durabletask.type")),
            Clean(Tag(a, "durabletask.task.name")),
            Clean(Tag(a, "durabletask.task.instance_id")));
        lock (Gate)
            _writer!.WriteLine(line);
    }

    private static string? Tag(Activity a, string name) => a.GetTagItem(name)?.ToString();

    private static string Clean(string? s) => string.IsNullOrEmpty(s) ? "-" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>
    /// ASP.NET Core's request span carries no path or status without OpenTelemetry's instrumentation: this observer of
    /// the hosting diagnostic events copies them from the HttpContext (by reflection, no ASP.NET Core reference here)
    /// onto the span while it is still current.
    /// </summary>
    private sealed class RequestTagger : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private const string RequestIn = "Microsoft.AspNetCore.Hosting.HttpRequestIn";

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.AspNetCore")
                listener.Subscribe(this, (name, _, _) => name.StartsWith(RequestIn, StringComparison.Ordinal));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (Activity.Current is not { } activity || e.Value is null)
                return;
            if (e.Key == RequestIn + ".Start")
            {
                var request = Property(e.Value, "Request");
                activity.SetTag("http.request.method", Property(request, "Method")?.ToString());
                activity.SetTag("url.path", Property(request, "Path")?.ToString());
            }
            else if (e.Key == RequestIn + ".Stop")
            {
                activity.SetTag("http.response.status_code", Property(Property(e.Value, "Response"), "StatusCode")?.ToString());
            }
        }

        private static object? Property(object? o, string name) => o?.GetType().GetProperty(name)?.GetValue(o);

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
