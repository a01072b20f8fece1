using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Returns.Tests.Faults;

/// <summary>
/// A private Azurite (node_modules/.bin/azurite of this repository) on three free loopback ports and its own data
/// folder, which a test may stop and start again on the same ports and data while a host uses it.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _binary;
    private readonly int[] _ports;
    private Process? _process;

    private AzuriteProcess(string binary, string dataDir, int[] ports)
    {
        _binary = binary;
        DataDir = dataDir;
        _ports = ports;
    }

    public string DataDir { get; }

    public string LogPath => Path.Combine(DataDir, "azurite.log");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_ports[1]}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_ports[2]}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync()
    {
        var azurite = new AzuriteProcess(FindBinary(), Directory.CreateTempSubdirectory("returns-fault-azurite-").FullName, FreePorts(3));
        await azurite.StartProcessAsync();
        return azurite;
    }

    /// <summary>Stops Azurite with SIGTERM (it saves its metadata and exits) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        var process = _process ?? throw new InvalidOperationException("Azurite is not running.");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(wait.Token);
        process.Dispose();
        _process = null;
    }

    /// <summary>Starts Azurite again on the same ports and data folder; returns once the three ports listen.</summary>
    public Task RestartAsync() => StartProcessAsync();

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (Environment.GetEnvironmentVariable("RETURNS_E2E_KEEP_DATA") == "1")
            return;
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task StartProcessAsync()
    {
        var start = new ProcessStartInfo(_binary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--location", DataDir, "--blobHost", "127.0.0.1", "--blobPort", $"{_ports[0]}", "--queueHost", "127.0.0.1", "--queuePort", $"{_ports[1]}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{_ports[2]}", "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry",
        })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var clock = Stopwatch.StartNew();
        while (!_ports.All(Listening))
        {
            if (process.HasExited)
                Assert.Fail($"Azurite exited with code {process.ExitCode}; see {LogPath}.");
            if (clock.Elapsed > TimeSpan.FromSeconds(60))
                Assert.Fail($"Azurite did not listen on {string.Join(", ", _ports)} within 60 s.");
            await Task.Delay(100);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_ports)
            File.AppendAllText(LogPath, line + "\n");
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    private static string FindBinary()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "azurite");
            if (File.Exists(Path.Combine(dir.FullName, "Returns.Functions.sln")) && File.Exists(candidate))
                return candidate;
        }

        Assert.Fail("node_modules/.bin/azurite was not found above the test assembly: run npm ci in the repository.");
        return null!;
    }
}
