using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Returns.Tests.EndToEnd;

/// <summary>
/// The local host (local/Returns.Local.csproj) as a separate process: <c>dotnet Returns.Local.dll</c> on a free
/// loopback port, with its own temporary data folder and its own durable task hub on the test Azurite.
/// It can be killed with SIGKILL and started again on the same data, port and task hub, which is how the
/// end-to-end tests prove that a return survives a crash of the host.
/// </summary>
/// <remarks>
/// Storage comes from RETURNS_TEST_STORAGE (./test.sh starts Azurite and exports it). The host dll is
/// local/bin/&lt;configuration of this test assembly&gt;/net10.0/Returns.Local.dll (built because the test project
/// references the local project), else the copy next to the test assembly; RETURNS_E2E_HOST_DLL overrides both.
/// </remarks>
public sealed class LocalHostProcess : IAsyncDisposable
{
    public const string AdminApiKey = "e2e-admin-key";
    public const string CarrierWebhookSecret = "e2e-webhook-secret";
    public static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(90);

    private const int TailLines = 200;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Ports other people's hosts and emulators use on this machine; never pick them.
    private static readonly HashSet<int> ReservedPorts = [7071, 10000, 10001, 10002, 10100, 10101, 10102, 10200, 10201, 10202, 20000, 20001, 20002];

    private readonly ConcurrentQueue<string> _tail = new();
    private readonly string _hostDll;
    private readonly string _storage;
    private readonly object _logLock = new();
    private Process? _process;
    private int _starts;

    private LocalHostProcess(string hostDll, string storage, int port, string dataDir, string taskHub)
    {
        _hostDll = hostDll;
        _storage = storage;
        Port = port;
        DataDir = dataDir;
        TaskHub = taskHub;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public string DataDir { get; }

    public string TaskHub { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client for the host's base address; it survives restarts.</summary>
    public HttpClient Http { get; }

    public string LogPath => Path.Combine(DataDir, "host.log");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Extra environment for the host (e.g. shorter workflow timeouts); applies to every (re)start.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Creates the data folder and starts the host; returns once GET /api/health answers 200.</summary>
    public static async Task<LocalHostProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default)
    {
        var storage = System.Environment.GetEnvironmentVariable("RETURNS_TEST_STORAGE");
        if (string.IsNullOrWhiteSpace(storage))
            Assert.Fail("RETURNS_TEST_STORAGE is not set. The end-to-end tests need Azurite: run ./test.sh, or start Azurite " +
                "(scripts/azurite.sh) and export RETURNS_TEST_STORAGE as its connection string.");

        var dll = FindHostDll();
        var dataDir = Directory.CreateTempSubdirectory("returns-e2e-").FullName;
        var taskHub = "e2e" + Guid.NewGuid().ToString("N")[..20];
        var host = new LocalHostProcess(dll, storage!, FreeLoopbackPort(), dataDir, taskHub);
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
                host.Environment[name] = value;
        }

        try
        {
            await host.StartProcessAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no lease release, no flush. Waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The host is not running.");
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false); // SIGKILL on Unix
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(wait.Token);
        }

        Log($"=== host killed (SIGKILL), exit code {process.ExitCode}");
        process.Dispose();
        _process = null;
    }

    /// <summary>Starts the host again on the same port, data folder and task hub.</summary>
    public Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
            throw new InvalidOperationException("The host is still running; kill it first.");
        return StartProcessAsync(cancellationToken);
    }

    /// <summary>The last lines the host wrote to stdout and stderr.</summary>
    public string OutputTail(int lines = 60) => string.Join('\n', _tail.ToArray().TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                    await process.WaitForExitAsync(wait.Token);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
            {
                // Already gone, or not stoppable; nothing more to do in a test clean-up.
            }

            process.Dispose();
            _process = null;
        }

        Http.Dispose();
        if (System.Environment.GetEnvironmentVariable("RETURNS_E2E_KEEP_DATA") != "1")
        {
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = DataDir,
        };
        start.ArgumentList.Add(_hostDll);

        // Settings that would change where mail, events or links go must not leak in from the caller's shell.
        foreach (var name in new[] { "RETURNS_PUBLIC_URL", "RETURNS_SENDGRID_API_KEY", "RETURNS_SERVICEBUS", "RETURNS_LINK_SIGNING_KEY", "ASPNETCORE_URLS", "URLS" })
            start.Environment.Remove(name);
        start.Environment["RETURNS_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["RETURNS_DATA_DIR"] = DataDir;
        start.Environment["RETURNS_STORAGE"] = _storage;
        start.Environment["RETURNS_TASK_HUB"] = TaskHub;
        start.Environment["RETURNS_ADMIN_API_KEY"] = AdminApiKey;
        start.Environment["RETURNS_CARRIER_WEBHOOK_SECRET"] = CarrierWebhookSecret;
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in Environment)
            start.Environment[name] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Log(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Log("[stderr] " + e.Data); };
        _starts++;
        Log($"=== start #{_starts}: dotnet {_hostDll} on {BaseAddress} (data {DataDir}, task hub {TaskHub})");
        if (!process.Start())
            throw new InvalidOperationException($"Could not start dotnet {_hostDll}.");
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        await WaitForHealthAsync(process, cancellationToken);
    }

    private async Task WaitForHealthAsync(Process process, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(3) };
        var last = "no answer yet";
        while (clock.Elapsed < HealthTimeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                await process.WaitForExitAsync(cancellationToken); // drains the output
                Assert.Fail($"The local host exited with code {process.ExitCode} before it was healthy.\n--- host output (tail) ---\n{OutputTail()}");
            }

            try
            {
                using var response = await probe.GetAsync("/api/health", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Log($"=== healthy after {clock.Elapsed.TotalSeconds:0.0} s");
                    return;
                }

                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(200, cancellationToken);
        }

        Assert.Fail($"The local host did not answer GET /api/health with 200 within {HealthTimeout.TotalSeconds:0} s " +
            $"(last: {last}).\n--- host output (tail) ---\n{OutputTail()}");
    }

    private void Log(string line)
    {
        _tail.Enqueue(line);
        while (_tail.Count > TailLines && _tail.TryDequeue(out _))
        {
        }

        lock (_logLock)
        {
            try
            {
                File.AppendAllText(LogPath, line + "\n", Utf8NoBom);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>
    /// The built local host: RETURNS_E2E_HOST_DLL, else local/bin/&lt;configuration&gt;/net10.0 of this repository
    /// (the configuration this test assembly was built in), else the copy the project reference put next to it.
    /// </summary>
    public static string FindHostDll()
    {
        var candidates = new List<string>();
        if (System.Environment.GetEnvironmentVariable("RETURNS_E2E_HOST_DLL") is { Length: > 0 } explicitPath)
            candidates.Add(Path.GetFullPath(explicitPath));

        var testDir = AppContext.BaseDirectory;
        var configuration = typeof(LocalHostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        var tfm = new DirectoryInfo(testDir.TrimEnd(Path.DirectorySeparatorChar)).Name;
        for (var dir = new DirectoryInfo(testDir); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Returns.Functions.sln")) && configuration is { Length: > 0 })
            {
                candidates.Add(Path.Combine(dir.FullName, "local", "bin", configuration, tfm, "Returns.Local.dll"));
                break;
            }
        }

        candidates.Add(Path.Combine(testDir, "Returns.Local.dll"));
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate) && File.Exists(Path.ChangeExtension(candidate, ".runtimeconfig.json")))
                return candidate;
        }

        Assert.Fail("Returns.Local.dll (with its runtimeconfig.json) was not found. Looked at:\n  " + string.Join("\n  ", candidates) +
            "\nBuild the local host (dotnet build local/Returns.Local.csproj) or set RETURNS_E2E_HOST_DLL.");
        return null!;
    }

    private static string DotnetExecutable()
    {
        if (System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
            return hostPath;
        var root = System.Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (root is { Length: > 0 } && File.Exists(Path.Combine(root, "dotnet")))
            return Path.Combine(root, "dotnet");
        return "dotnet";
    }

    private static int FreeLoopbackPort()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (!ReservedPorts.Contains(port))
                return port;
        }

        throw new InvalidOperationException("No free loopback port was found.");
    }
}
