using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Moq;
using Returns.Api;
using Returns.Api.Http;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;
using Returns.Tests.Adapters;

namespace Returns.Tests.Api;

/// <summary>
/// The real handlers of both hosts, built by AddReturnsApp on the test Azurite, with a mocked
/// DurableTaskClient that records which workflows were started and which events were raised.
/// </summary>
public sealed class ApiHarness : IDisposable
{
    public const string AdminKey = "test-admin-key";
    public const string SigningKey = "test-link-signing-key-with-enough-length";
    public const string CarrierSecret = "test-carrier-secret";
    public const int LookupFailureLimit = 3;

    private readonly ServiceProvider _services;
    private readonly HashSet<string> _instances = [];

    public ApiHarness()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RETURNS_STORAGE"] = AzuriteStorage.ConnectionString,
            ["RETURNS_LINK_SIGNING_KEY"] = SigningKey,
            ["RETURNS_ADMIN_API_KEY"] = AdminKey,
            ["RETURNS_ACTION_SETTLE_TIMEOUT"] = "00:00:00",
            ["RETURNS_CARRIER_WEBHOOK_SECRET"] = CarrierSecret,
            ["RETURNS_LOOKUP_FAILURE_LIMIT"] = LookupFailureLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProblemDetails();
        services.AddReturnsApp(configuration, "http://test.local");
        // Each harness keeps its own merchant policy, routing network and analytics, so one test cannot affect another.
        services.AddSingleton<IMerchantPolicyStore>(sp => new Returns.Adapters.Storage.TableMerchantPolicyStore(
            sp.GetRequiredService<Returns.Adapters.Storage.ReturnsStorage>(), "test-" + Guid.NewGuid().ToString("N")));
        services.AddSingleton<IRoutingNetworkStore>(sp => new Returns.Adapters.Storage.BlobRoutingNetworkStore(
            sp.GetRequiredService<Returns.Adapters.Storage.ReturnsStorage>(), "test-" + Guid.NewGuid().ToString("N")));
        services.AddSingleton<IAnalyticsStore>(sp => new Returns.Adapters.Storage.TableAnalyticsStore(
            sp.GetRequiredService<Returns.Adapters.Storage.ReturnsStorage>(), "t" + Guid.NewGuid().ToString("N")));
        _services = services.BuildServiceProvider();

        Durable = new Mock<DurableTaskClient>(MockBehavior.Strict, "test");
        Durable.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => Metadata(id));
        Durable.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, bool _, CancellationToken _) => Metadata(id));
        Durable.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TaskName name, object? input, StartOrchestrationOptions? options, CancellationToken _) =>
            {
                lock (_instances)
                {
                    Started.Add((name.Name, options!.InstanceId!, input));
                    _instances.Add(options.InstanceId!);
                }

                return options.InstanceId!;
            });
        Durable.Setup(c => c.RaiseEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()))
            .Callback((string id, string name, object? payload, CancellationToken _) =>
            {
                lock (Raised)
                    Raised.Add((id, name, payload));
            })
            .Returns(Task.CompletedTask);
    }

    public Mock<DurableTaskClient> Durable { get; }

    public DurableTaskClient Client => Durable.Object;

    /// <summary>Workflows started: orchestrator name, instance id, input.</summary>
    public List<(string Name, string InstanceId, object? Input)> Started { get; } = [];

    /// <summary>Events raised: instance id, event name, payload.</summary>
    public List<(string InstanceId, string Name, object? Payload)> Raised { get; } = [];

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public object Resolve(Type type) => _services.GetRequiredService(type);

    /// <summary>Makes the mocked client report a workflow instance as existing (or not).</summary>
    public void SetInstanceExists(string instanceId, bool exists)
    {
        lock (_instances)
        {
            if (exists)
                _instances.Add(instanceId);
            else
                _instances.Remove(instanceId);
        }
    }

    public IReadOnlyList<ReturnEvent> RaisedFor(string returnId)
    {
        lock (Raised)
        {
            Assert.All(Raised.Where(r => r.InstanceId == returnId), r => Assert.Equal(WorkflowEvents.ReturnEvent, r.Name));
            return Raised.Where(r => r.InstanceId == returnId).Select(r => Assert.IsType<ReturnEvent>(r.Payload)).ToArray();
        }
    }

    private OrchestrationMetadata? Metadata(string id)
    {
        lock (_instances)
        {
            if (!_instances.Contains(id))
                return null;
            return new OrchestrationMetadata(nameof(ReturnOrchestrator), id)
            {
                RuntimeStatus = _pending.Contains(id) ? OrchestrationRuntimeStatus.Pending : OrchestrationRuntimeStatus.Running,
            };
        }
    }

    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    /// <summary>Makes the mocked client report an existing instance as scheduled but not started yet (or started).</summary>
    public void SetInstancePending(string instanceId, bool pending)
    {
        lock (_instances)
        {
            _instances.Add(instanceId);
            if (pending)
                _pending.Add(instanceId);
            else
                _pending.Remove(instanceId);
        }
    }

    // ---- requests -------------------------------------------------------------------------

    public HttpContext Context(string method = "GET", string? body = null, string? contentType = "application/json",
        string? query = null, IPAddress? ip = null, bool adminKey = false, IDictionary<string, string>? headers = null)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("test.local");
        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
        }

        if (contentType is not null && body is not null)
            context.Request.ContentType = contentType;
        if (query is not null)
            context.Request.QueryString = new QueryString(query.StartsWith('?') ? query : "?" + query);
        context.Connection.RemoteIpAddress = ip ?? RandomIp();
        if (adminKey)
            context.Request.Headers[Returns.Api.Security.AdminKey.Header] = AdminKey;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            context.Request.Headers[name] = new StringValues(value);
        context.Response.Body = new MemoryStream();
        return context;
    }

    public HttpContext Json(string method, object body, string? query = null, IPAddress? ip = null, bool adminKey = false, string? acceptLanguage = null) =>
        Context(method, JsonSerializer.Serialize(body, ApiJson.Options), query: query, ip: ip, adminKey: adminKey,
            headers: acceptLanguage is null ? null : new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage });

    public static IPAddress RandomIp()
    {
        var b = RandomNumberGenerator.GetBytes(3);
        return new IPAddress(new byte[] { 10, b[0], b[1], b[2] });
    }

    /// <summary>Runs the handler's result against the context, as the host would, and reads the answer.</summary>
    public static async Task<ApiResponse> RunAsync(HttpContext context, Task<IResult> handler)
    {
        var result = await handler;
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        using var reader = new StreamReader(context.Response.Body);
        return new ApiResponse(context.Response.StatusCode, context.Response.ContentType, await reader.ReadToEndAsync());
    }

    // ---- data -----------------------------------------------------------------------------

    public static string NewOrderNumber() => AdapterSamples.NewOrderNumber();

    /// <summary>An order delivered three days ago: TEE-BLK-M x2 returnable, CAP-RED final sale.</summary>
    public Task<Order> SeedOrderAsync(Func<Order, Order> change) => SeedOrderAsync(null, "anna@example.de", change);

    public async Task<Order> SeedOrderAsync(string? orderNumber = null, string email = "anna@example.de", Func<Order, Order>? change = null)
    {
        var now = DateTimeOffset.UtcNow;
        var order = AdapterSamples.Order(orderNumber ?? NewOrderNumber(), email) with { PlacedAt = now.AddDays(-7), DeliveredAt = now.AddDays(-3) };
        order = change?.Invoke(order) ?? order;
        await Get<IOrderStore>().UpsertAsync(order);
        return order;
    }

    /// <summary>A return stored directly in the given stage (as the workflow's projection would be).</summary>
    public async Task<ReturnRecord> SeedReturnAsync(string stage, string? trackingNumber = null, Func<ReturnRecord, ReturnRecord>? change = null)
    {
        var record = AdapterSamples.Return(AdapterSamples.NewReturnId(), NewOrderNumber(), stage, quantity: 2);
        if (trackingNumber is not null)
            record = record with { Label = new LabelInfo("Returns Post", "International Return", trackingNumber, DateTimeOffset.UtcNow) };
        if (change is not null)
            record = change(record);
        await Get<IReturnStore>().SaveAsync(record);
        if (trackingNumber is not null)
            await Get<IReturnStore>().IndexTrackingNumberAsync(trackingNumber, record.ReturnId);
        return record;
    }

    public void Dispose() => _services.Dispose();
}

public sealed record ApiResponse(int Status, string? ContentType, string Body)
{
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    /// <summary>The RFC 7807 detail, after checking the answer is problem+json.</summary>
    public string Detail
    {
        get
        {
            Assert.StartsWith("application/problem+json", ContentType);
            var json = Json;
            Assert.Equal(Status, json.GetProperty("status").GetInt32());
            return json.GetProperty("detail").GetString()!;
        }
    }

    public override string ToString() => $"{Status} {ContentType}: {Body}";
}
