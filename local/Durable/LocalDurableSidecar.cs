using System.Net.Sockets;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Returns.Local.Durable;

/// <summary>
/// The durable-task backend of the local host: <see cref="AzureStorageOrchestrationService"/> (the provider
/// Azure Functions uses by default, here against Azurite) exposed through <see cref="TaskHubGrpcServer"/>,
/// so the ordinary gRPC worker and client can talk to it.
/// </summary>
/// <remarks>
/// It runs in its own minimal web host, never inside the API host: it must not pick up the API's
/// middleware, URLs or Kestrel configuration, and it listens only on a Unix domain socket.
/// Only one worker may connect to one sidecar (the gRPC server keeps a single work-item stream).
/// Usable directly (<see cref="StartAsync(LocalDurableOptions, ILoggerFactory?, CancellationToken)"/>)
/// or as a hosted service registered before the worker (see <see cref="LocalDurableServiceCollectionExtensions"/>).
/// </remarks>
public sealed class LocalDurableSidecar : IHostedService, IAsyncDisposable
{
    // The open work-item stream keeps Kestrel from draining; waiting long for it only delays shutdown.
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(3);

    // Kestrel's default is 100 streams per connection; every client long-poll holds one.
    private const int MaxStreamsPerConnection = 1000;

    private readonly LocalDurableOptions _options;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WebApplication? _app;

    // TaskHubGrpcServer starts the backend (from fire-and-forget callbacks) when its lifetime reports
    // "started" and stops it on "stopping". Stopping a backend that never started throws inside that
    // callback and kills the process, so the server gets a lifetime of its own that only starts once a
    // worker opens its work-item stream, and only stops if it started.
    private ApplicationLifetime? _dispatchLifetime;
    private int _workerConnected;

    public LocalDurableSidecar(LocalDurableOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.StorageConnectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.TaskHubName);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.SidecarSocketPath);
        _options = options;
        _loggerFactory = loggerFactory;
    }

    public string SocketPath => _options.SidecarSocketPath;

    /// <summary>Creates the task hub if needed and starts serving; dispose to stop.</summary>
    public static async Task<LocalDurableSidecar> StartAsync(
        LocalDurableOptions options,
        ILoggerFactory? loggerFactory = null,
        CancellationToken cancellationToken = default)
    {
        var sidecar = new LocalDurableSidecar(options, loggerFactory);
        try
        {
            await sidecar.StartCoreAsync(cancellationToken);
            return sidecar;
        }
        catch
        {
            await sidecar.DisposeAsync();
            throw;
        }
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => StartCoreAsync(cancellationToken);

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => StopCoreAsync(cancellationToken);

    public async ValueTask DisposeAsync() => await StopCoreAsync(CancellationToken.None);

    async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_app is not null)
            {
                throw new InvalidOperationException("The durable sidecar is already started.");
            }

            string socketPath = Path.GetFullPath(_options.SidecarSocketPath);
            await DeleteStaleSocketAsync(socketPath, cancellationToken);

            WebApplication built = Build(socketPath);
            try
            {
                // Queues, tables and containers must exist before anything is scheduled.
                await built.Services.GetRequiredService<AzureStorageOrchestrationService>().CreateIfNotExistsAsync();
                await built.StartAsync(cancellationToken);
            }
            catch
            {
                await built.DisposeAsync();
                throw;
            }

            _app = built;
        }
        finally
        {
            _gate.Release();
        }
    }

    WebApplication Build(string socketPath)
    {
        // Empty builder: no appsettings, no ASPNETCORE_URLS, no "Kestrel" section of the API host.
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        if (_loggerFactory is not null)
        {
            builder.Services.AddSingleton(_loggerFactory);
        }
        else
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.Http2.MaxStreamsPerConnection = MaxStreamsPerConnection;
            kestrel.ListenUnixSocket(socketPath, listen => listen.Protocols = HttpProtocols.Http2);
        });

        builder.Services.AddGrpc();
        builder.Services.AddSingleton(sp => new AzureStorageOrchestrationService(
            CreateSettings(sp.GetRequiredService<ILoggerFactory>())));
        builder.Services.AddSingleton<IOrchestrationService>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());
        builder.Services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());

        // Singleton: the server holds the worker's stream and the pending work items between calls.
        builder.Services.AddSingleton(sp =>
        {
            ILoggerFactory logging = sp.GetRequiredService<ILoggerFactory>();
            var backend = sp.GetRequiredService<AzureStorageOrchestrationService>();
            _dispatchLifetime = new ApplicationLifetime(logging.CreateLogger<ApplicationLifetime>());
            return new TaskHubGrpcServer(_dispatchLifetime, logging, backend, backend, Options.Create(new TaskHubGrpcServerOptions()));
        });

        WebApplication built = builder.Build();

        // Created up front so its lifetime exists before the first request reaches the middleware below.
        _ = built.Services.GetRequiredService<TaskHubGrpcServer>();
        built.Use((context, next) =>
        {
            if (context.Request.Path.Value?.EndsWith("/GetWorkItems", StringComparison.Ordinal) == true
                && Interlocked.Exchange(ref _workerConnected, 1) == 0)
            {
                // The server now waits for this stream, then starts the backend and its dispatchers.
                _dispatchLifetime?.NotifyStarted();
            }

            return next(context);
        });
        built.MapGrpcService<TaskHubGrpcServer>();
        return built;
    }

    async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (_app is null)
            {
                return;
            }

            try
            {
                if (Volatile.Read(ref _workerConnected) == 1)
                {
                    // Stops the dispatchers, then the backend (which releases its partition leases).
                    _dispatchLifetime?.StopApplication();
                }

                await _app.StopAsync(cancellationToken);
            }
            finally
            {
                await _app.DisposeAsync();
                _app = null;
                _dispatchLifetime = null;
                _workerConnected = 0;
                TryDelete(Path.GetFullPath(_options.SidecarSocketPath));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    AzureStorageOrchestrationServiceSettings CreateSettings(ILoggerFactory logging) => new()
    {
        TaskHubName = _options.TaskHubName,
        StorageAccountClientProvider = new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(_options.StorageConnectionString),
            StorageServiceClientProvider.ForQueue(_options.StorageConnectionString),
            new SharedKeyTableClientProvider(_options.StorageConnectionString)),
        MaxQueuePollingInterval = _options.MaxQueuePollingInterval,
        // The default of 10 parallel activities makes a January peak queue up behind them: our
        // activities are short storage calls, so more of them in flight keeps returns moving.
        MaxConcurrentTaskActivityWorkItems = _options.MaxConcurrentActivities,
        // After a hard kill, messages the dead process had taken come back only when their visibility runs out
        // (5 minutes by default): short timeouts let a restarted host resume its returns within seconds.
        ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(20),
        WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(60),
        LoggerFactory = logging,
    };

    // A socket file left behind by a killed process makes Kestrel fail with "address in use";
    // a socket somebody still answers on means a second local host, which must not share the sidecar.
    static async Task DeleteStaleSocketAsync(string socketPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(socketPath)!);
        if (!File.Exists(socketPath))
        {
            return;
        }

        using (var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            try
            {
                await probe.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
            }
            catch (SocketException)
            {
                File.Delete(socketPath);
                return;
            }
        }

        throw new InvalidOperationException(
            $"A durable sidecar is already listening on '{socketPath}'. Stop the other local host or choose another {nameof(LocalDurableOptions.SidecarSocketPath)}.");
    }

    static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the next start deletes a stale socket anyway.
        }
    }
}
