using System.Globalization;
using Returns.Load;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var (options, message) = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(message);
    return message == LoadOptions.Usage ? 0 : 64;
}

// The thread pool starts with one thread per core; an open-loop burst of hundreds of requests needs more at once.
ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 16), Math.Max(64, Environment.ProcessorCount * 16));

using var timeout = new CancellationTokenSource(options.Timeout);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    timeout.Cancel();
};

try
{
    var report = await LoadRun.RunAsync(options, Console.Out, timeout.Token);
    report.Print(Console.Out);
    if (options.JsonFile is { } json)
        report.WriteJson(json);
    return report.ExitCode;
}
catch (HostUnavailableException e)
{
    Console.Error.WriteLine(e.Message);
    return 3;
}
