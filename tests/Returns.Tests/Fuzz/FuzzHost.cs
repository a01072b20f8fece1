using System.Collections.Concurrent;
using System.Net;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moq;
using Returns.Adapters.Storage;
using Returns.Api;
using Returns.Api.Http;
using Returns.Local.Hosting;
using Returns.Orchestrations.Workflow;
using Returns.Tests.Adapters;

namespace Returns.Tests.Fuzz;

/// <summary>
/// The local host's HTTP stack in-process on a loopback port: Kestrel with the local host's body limit, its error
/// handling and security headers, and the real route map and handlers (AddReturnsApp) on the test Azurite. Its tables
/// and containers carry a prefix of their own, so its whole stored state can be snapshotted while other tests run;
/// every storage write and every workflow start or event is recorded with the fuzz case that caused it. The durable
/// backend is a recording stand-in (the fuzzer is about the HTTP edge, not the workflow).
/// </summary>
public sealed class FuzzHost : IAsyncDisposable
{
    public const string AdminKey = "fuzz-admin-key";
    public const string SigningKey = "fuzz-link-signing-key-with-enough-length";
    public const string CarrierSecret = "fuzz-carrier-secret";
    public const string AfterShipSecret = "fuzz-aftership-secret";
    public const string EasyPostSecret = "fuzz-easypost-secret";
    public const string ShopifySecret = "fuzz-shopify-secret";
    public const string WooCommerceSecret = "fuzz-woocommerce-secret";

    /// <summary>The request header that names the fuzz case a request belongs to.</summary>
    public const string CaseHeader = "X-Fuzz-Case";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string? CaseId, string Call)> _workflowCalls = new();
    private readonly ConcurrentQueue<(string? CaseId, string Error)> _errors = new();
    private readonly HashSet<string> _instances = [];

    private FuzzHost(WebApplication app, StorageWriteRecorder writes, ScopedTableServiceClient tables, ScopedBlobServiceClient blobs)
    {
        _app = app;
        Writes = writes;
        Tables = tables;
        Blobs = blobs;
    }

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public StorageWriteRecorder Writes { get; }

    public ScopedTableServiceClient Tables { get; }

    public ScopedBlobServiceClient Blobs { get; }

    public IServiceProvider Services => _app.Services;

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Workflow starts and raised events, with the case that caused each.</summary>
    public IReadOnlyList<(string? CaseId, string Call)> WorkflowCalls => [.. _workflowCalls];

    /// <summary>Errors the host logged (an unhandled exception is logged before the 500 is written).</summary>
    public IReadOnlyList<(string? CaseId, string Error)> Errors => [.. _errors];

    public static async Task<FuzzHost> StartAsync()
    {
        var prefix = "fz" + Guid.NewGuid().ToString("N")[..8];
        var writes = new StorageWriteRecorder(prefix);
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(writes, HttpPipelinePosition.PerCall);
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(writes, HttpPipelinePosition.PerCall);
        var tables = new ScopedTableServiceClient(AzuriteStorage.ConnectionString, tableOptions, prefix);
        var blobs = new ScopedBlobServiceClient(AzuriteStorage.ConnectionString, blobOptions, prefix);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production, // as deployed: binding failures answer 400 instead of throwing
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RETURNS_STORAGE"] = AzuriteStorage.ConnectionString,
            ["RETURNS_LINK_SIGNING_KEY"] = SigningKey,
            ["RETURNS_ADMIN_API_KEY"] = AdminKey,
            ["RETURNS_ACTION_SETTLE_TIMEOUT"] = "00:00:00",
            ["RETURNS_CARRIER_WEBHOOK_SECRET"] = CarrierSecret,
            ["RETURNS_AFTERSHIP_WEBHOOK_SECRET"] = AfterShipSecret,
            ["RETURNS_EASYPOST_WEBHOOK_SECRET"] = EasyPostSecret,
            ["RETURNS_SHOPIFY_WEBHOOK_SECRET"] = ShopifySecret,
            ["RETURNS_WOOCOMMERCE_WEBHOOK_SECRET"] = WooCommerceSecret,
            ["RETURNS_SHOP_ORIGIN_COUNTRY"] = "TW",
            ["RETURNS_SHOP_ORIGIN_CITY"] = "Taipei",
            ["RETURNS_SHOP_ORIGIN_POSTAL_CODE"] = "100",
            ["RETURNS_SHOP_ORIGIN_ADDRESS"] = "No. 1, Sec. 1, Zhongshan S. Rd.",
            // The fuzzer sends everything from one address: the guest lookup limiter would soon answer every
            // lookup with 429 and keep the mutated bodies away from the code behind it.
            ["RETURNS_LOOKUP_FAILURE_LIMIT"] = "100000000",
        });
        var host = default(FuzzHost);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new FuzzErrorLog((message, exception) =>
            host?._errors.Enqueue((StorageWriteRecorder.CurrentCase, exception is null ? message : $"{message}: {exception}"))));
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = RequestBody.MaxBytes + RequestLimits.ServerSlackBytes; // as local/Program.cs
        });
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailDefaults.Fill);
        builder.Services.AddReturnsApp(builder.Configuration, "http://fuzz.local");
        builder.Services.AddSingleton(new ReturnsStorage(tables, blobs));

        var durable = new Mock<DurableTaskClient>(MockBehavior.Strict, "fuzz");
        builder.Services.AddSingleton(durable.Object);
        var app = builder.Build();
        host = new FuzzHost(app, writes, tables, blobs);
        host.SetUpDurable(durable);

        // Every request runs as its case, so storage writes and workflow calls are charged to it.
        app.Use((context, next) =>
        {
            StorageWriteRecorder.CurrentCase = context.Request.Headers[CaseHeader].ToString() is { Length: > 0 } id ? id : "(no case header)";
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseReturnsSecurityHeaders();
        app.MapReturnsRoutes();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address);
        host.Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        return host;
    }

    /// <summary>Makes the recording durable client report a workflow instance as existing.</summary>
    public void SetInstanceExists(string instanceId)
    {
        lock (_instances)
            _instances.Add(instanceId);
    }

    private void SetUpDurable(Mock<DurableTaskClient> durable)
    {
        durable.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => Metadata(id));
        durable.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, bool _, CancellationToken _) => Metadata(id));
        durable.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TaskName name, object? _, StartOrchestrationOptions? options, CancellationToken _) =>
            {
                var id = options?.InstanceId ?? Guid.NewGuid().ToString("N");
                SetInstanceExists(id);
                _workflowCalls.Enqueue((StorageWriteRecorder.CurrentCase, $"start {name.Name} {id}"));
                return id;
            });
        durable.Setup(c => c.RaiseEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()))
            .Callback((string id, string name, object? _, CancellationToken _) => _workflowCalls.Enqueue((StorageWriteRecorder.CurrentCase, $"raise {name} on {id}")))
            .Returns(Task.CompletedTask);
    }

    private OrchestrationMetadata? Metadata(string id)
    {
        lock (_instances)
            return _instances.Contains(id) ? new OrchestrationMetadata(nameof(ReturnOrchestrator), id) : null;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await DeleteStorageAsync();
    }

    /// <summary>Removes the host's tables and containers (best effort: Azurite's data folder is temporary anyway).</summary>
    private async Task DeleteStorageAsync()
    {
        try
        {
            await foreach (var table in Tables.QueryAsync())
            {
                if (table.Name.StartsWith(Tables.Prefix, StringComparison.Ordinal))
                    await Tables.GetTableClient(table.Name[Tables.Prefix.Length..]).DeleteAsync();
            }

            await foreach (var container in Blobs.GetBlobContainersAsync(prefix: Blobs.Prefix))
                await Blobs.GetBlobContainerClient(container.Name[Blobs.Prefix.Length..]).DeleteIfExistsAsync();
        }
        catch (Azure.RequestFailedException)
        {
        }
    }
}
