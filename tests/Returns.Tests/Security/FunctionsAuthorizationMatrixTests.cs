using System.Reflection;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Returns.Adapters.Storage;
using Returns.Api;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Functions;

namespace Returns.Tests.Security;

/// <summary>
/// The authorization matrix on the Azure host: every [Function] of a merchant route, called as the Functions host calls
/// it, refuses every wrong key with 401 problem+json before it touches storage or the workflow (both are strict
/// mocks here: any call fails the test); every webhook function refuses an unsigned delivery the same way.
/// </summary>
public sealed class FunctionsAuthorizationMatrixTests
{
    private const string AdminKeyValue = "functions-matrix-admin-key";
    private static readonly Assembly FunctionsAssembly = typeof(Returns.Functions.Program).Assembly;

    private static readonly SecurityCustomer Sample = new("TW-1001", "anna@example.de", "Anna Schmidt", "RT-7Q8K2M4P", "RT123456789DE", "token");

    private readonly Mock<DurableTaskClient> _durable = new(MockBehavior.Strict, "test");
    private readonly Mock<TableServiceClient> _tables = new(MockBehavior.Strict);
    private readonly Mock<BlobServiceClient> _blobs = new(MockBehavior.Strict);

    [Fact]
    public async Task MerchantFunctions_MissingOrWrongKey_Answer401BeforeTouchingAnything()
    {
        await using var services = Services();
        var failures = new List<string>();
        var routes = RouteSamples.WithAccess(RouteAccess.MerchantKey).Where(r => !r.LocalOnly).ToList();
        foreach (var route in routes)
        {
            var body = RouteSamples.MerchantBody(route, Sample, new Dictionary<string, string>());
            foreach (var attempt in KeyAttempt.WrongFor(AdminKeyValue))
            {
                var answer = await InvokeAsync(services, route, http =>
                {
                    if (attempt.ApiKey is not null)
                        http.Request.Headers[AdminKey.Header] = attempt.ApiKey;
                    if (attempt.Authorization is not null)
                        http.Request.Headers.Authorization = attempt.Authorization;
                    if (attempt.Query is not null)
                        http.Request.QueryString = new QueryString("?" + attempt.Query);
                    return body?.Invoke();
                });
                if (answer.Problem(401) is { } wrong)
                    failures.Add($"{route.Name} with {attempt.Name}: {wrong}");
            }
        }

        Assert.True(failures.Count == 0, "Merchant functions that did not refuse a wrong key with 401 problem+json:\n" + string.Join('\n', failures));
        Assert.True(routes.Count >= 20, $"only {routes.Count} merchant routes found");
        _durable.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task WebhookFunctions_UnsignedEvenWithTheAdminKey_Answer401BeforeTouchingAnything()
    {
        await using var services = Services();
        foreach (var route in RouteSamples.WithAccess(RouteAccess.SignedWebhook))
        {
            var answer = await InvokeAsync(services, route, http =>
            {
                http.Request.Headers[AdminKey.Header] = AdminKeyValue;
                http.Request.Headers["X-Shopify-Topic"] = "orders/create";
                http.Request.Headers["X-WC-Webhook-Topic"] = "order.created";
                return new StringContent("""{ "id": "evt_1" }""", Encoding.UTF8, "application/json");
            });
            Assert.True(answer.Problem(401) is null, $"{route.Name}: {answer.Problem(401)}");
        }

        _durable.VerifyNoOtherCalls();
    }

    [Fact]
    public void Functions_EveryRouteTheAzureHostServes_HasAFunctionAndAnAccessClass()
    {
        foreach (var route in ApiRoutes.All.Where(r => !r.LocalOnly))
        {
            Assert.NotNull(FunctionOf(route));
            Assert.NotNull(RouteAccessTable.Of(route));
            Assert.NotEqual(RouteAccess.LocalDeveloper, RouteAccessTable.Of(route));
        }
    }

    private sealed record Answer(int Status, string? ContentType, string Body)
    {
        public string? Problem(int status) =>
            Status != status ? $"{Status} {Body}"
            : ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true ? $"content type {ContentType}"
            : Body.Contains($"\"status\":{status}", StringComparison.Ordinal) ? null : $"not a problem: {Body}";
    }

    /// <summary>Calls the route's [Function] as the ASP.NET Core integration does, and executes the IResult it returns.</summary>
    private async Task<Answer> InvokeAsync(ServiceProvider services, ApiRoutes.Route route, Func<HttpContext, HttpContent?> prepare)
    {
        var method = FunctionOf(route) ?? throw new InvalidOperationException($"No [Function] named {route.Name}.");
        var values = RouteSamples.Values(Sample);
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = route.Method;
        http.Request.Path = RouteSamples.PathOf(route, values);
        http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("203.0.113.9");
        http.Response.Body = new MemoryStream();
        if (prepare(http) is { } content)
        {
            var bytes = await content.ReadAsByteArrayAsync();
            http.Request.Body = new MemoryStream(bytes);
            http.Request.ContentLength = bytes.Length;
            http.Request.ContentType = content.Headers.ContentType?.ToString();
        }

        var arguments = method.GetParameters().Select(object? (p) => p.ParameterType switch
        {
            var t when t == typeof(HttpRequest) => http.Request,
            var t when t == typeof(DurableTaskClient) => _durable.Object,
            var t when t == typeof(CancellationToken) => CancellationToken.None,
            var t when t == typeof(string) => values[p.Name!],
            var t when t == typeof(int) => int.Parse(values[p.Name!], System.Globalization.CultureInfo.InvariantCulture),
            var t => throw new InvalidOperationException($"{route.Name}: no sample argument of type {t.Name} for {p.Name}."),
        }).ToArray();
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        var result = method.Invoke(target, arguments) switch
        {
            Task<IResult> task => await task,
            IResult direct => direct,
            var other => throw new InvalidOperationException($"{route.Name} returned {other?.GetType().Name ?? "null"}."),
        };
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return new Answer(http.Response.StatusCode, http.Response.ContentType, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }

    private static MethodInfo? FunctionOf(ApiRoutes.Route route) =>
        FunctionsAssembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .FirstOrDefault(m => m.GetCustomAttribute<FunctionAttribute>()?.Name == route.Name);

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RETURNS_STORAGE"] = "UseDevelopmentStorage=true",
            ["RETURNS_ADMIN_API_KEY"] = AdminKeyValue,
            ["RETURNS_LINK_SIGNING_KEY"] = "functions-matrix-signing-key-functions-matrix",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProblemDetails();
        services.AddReturnsApp(configuration, PublicBaseUrl.LocalDefault);
        services.AddSingleton(new ReturnsStorage(_tables.Object, _blobs.Object));
        return services.BuildServiceProvider();
    }
}
