using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Functions;

/// <summary>
/// The Azure host's side of host parity: its [Function] triggers against the route table and the workflow
/// catalog (the local host's side is tested against the same table in Hosting/LocalHostParityTests).
/// </summary>
public sealed class HostParityTests
{
    private static readonly Assembly FunctionsAssembly = typeof(Returns.Functions.Program).Assembly;

    private sealed record FunctionInfo(string Name, MethodInfo Method, ParameterInfo Trigger, Attribute TriggerAttribute);

    private static IReadOnlyList<FunctionInfo> Functions { get; } = DiscoverFunctions();

    private static IEnumerable<(FunctionInfo Function, HttpTriggerAttribute Http)> HttpFunctions =>
        Functions.Where(f => f.TriggerAttribute is HttpTriggerAttribute).Select(f => (f, (HttpTriggerAttribute)f.TriggerAttribute));

    [Fact]
    public void HttpFunctions_MatchRouteTable_NameMethodAndRoute()
    {
        var functions = HttpFunctions
            .Select(h => $"{h.Function.Name} {string.Join(",", h.Http.Methods ?? []).ToUpperInvariant()} {h.Http.Route}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        var table = ApiRoutes.All.Where(r => !r.LocalOnly)
            .Select(r => $"{r.Name} {r.Method.ToUpperInvariant()} {r.Template}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(table, functions);
    }

    [Fact]
    public void HttpFunctions_LocalOnlyRoutes_AreNotFunctions()
    {
        var names = Functions.Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var routes = HttpFunctions.Select(h => h.Http.Route).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var route in ApiRoutes.All.Where(r => r.LocalOnly))
        {
            Assert.DoesNotContain(route.Name, names);
            Assert.DoesNotContain(route.Template, routes);
        }
    }

    [Fact]
    public void HttpFunctions_AllAnonymous_AuthIsTheHandlersJob()
    {
        Assert.All(HttpFunctions, h => Assert.Equal(AuthorizationLevel.Anonymous, h.Http.AuthLevel));
    }

    [Fact]
    public void HttpFunctions_RouteParameters_AreBoundByName()
    {
        foreach (var (function, http) in HttpFunctions)
        {
            var placeholders = System.Text.RegularExpressions.Regex.Matches(http.Route!, @"\{(\w+)\}").Select(m => m.Groups[1].Value);
            var parameters = function.Method.GetParameters().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            Assert.All(placeholders, p => Assert.Contains(p, parameters));
        }
    }

    /// <summary>
    /// The Functions host refuses function routes that start with "admin" or "runtime" (its own management API)
    /// and puts such a function in an error state at start-up, which build and unit tests cannot see.
    /// </summary>
    [Fact]
    public void HttpFunctions_ReservedHostRoutePrefixes_NoNewCollisions()
    {
        var colliding = HttpFunctions
            .Where(h => h.Http.Route!.Trim('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase)
                        || h.Http.Route!.Trim('/').StartsWith("runtime", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Function.Name);

        Assert.Empty(colliding);
    }

    [Fact]
    public void OrchestratorFunctions_AreNamedAfterTheCatalogsOrchestrators()
    {
        var names = Functions.Where(f => f.TriggerAttribute is OrchestrationTriggerAttribute).Select(f => f.Name).Order();

        Assert.Equal(ReturnWorkflowCatalog.Orchestrators.Select(t => t.Name).Order(), names);
        Assert.All(Functions.Where(f => f.TriggerAttribute is OrchestrationTriggerAttribute),
            f => Assert.Equal(typeof(TaskOrchestrationContext), f.Trigger.ParameterType));
    }

    [Fact]
    public void ActivityFunctions_AreNamedAfterTheCatalogsActivities_WithTheirInputAndOutputTypes()
    {
        var activities = Functions.Where(f => f.TriggerAttribute is ActivityTriggerAttribute).ToDictionary(f => f.Name);

        Assert.Equal(ReturnWorkflowCatalog.Activities.Select(t => t.Name).Order(), activities.Keys.Order());
        foreach (var type in ReturnWorkflowCatalog.Activities)
        {
            var (input, output) = ActivityTypes(type);
            var function = activities[type.Name];
            Assert.Equal(input, function.Trigger.ParameterType);
            Assert.Equal(typeof(Task<>).MakeGenericType(output), function.Method.ReturnType);
        }
    }

    [Fact]
    public void FunctionNames_AreUnique()
    {
        Assert.Equal(Functions.Count, Functions.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var timers = Functions.Count(f => f.TriggerAttribute is TimerTriggerAttribute);
        Assert.Equal(4, timers); // the background processes' starter, the analytics aggregator, the integration dispatcher, the guest-failure purge
        Assert.Equal(ApiRoutes.All.Count(r => !r.LocalOnly) + ReturnWorkflowCatalog.Orchestrators.Count + ReturnWorkflowCatalog.Activities.Count + timers,
            Functions.Count);
    }

    [Fact]
    public void HostJson_RoutePrefixEmpty_TaskHubAndStorageFromAppSettings()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "host.json")));
        var root = json.RootElement;
        var extensions = root.GetProperty("extensions");

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("", extensions.GetProperty("http").GetProperty("routePrefix").GetString());
        var durable = extensions.GetProperty("durableTask");
        Assert.Equal("%RETURNS_TASK_HUB%", durable.GetProperty("hubName").GetString());
        Assert.Equal("RETURNS_STORAGE", durable.GetProperty("storageProvider").GetProperty("connectionName").GetString());
    }

    [Fact]
    public void LocalSettingsSample_HasEverySetting()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "local.settings.sample.json")));
        var values = json.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var settings = typeof(ReturnsSettings).GetProperties()
            .Select(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name)
            .OfType<string>()
            .ToArray();

        Assert.NotEmpty(settings);
        Assert.All(settings, s => Assert.Contains(s, values));
        Assert.Contains("AzureWebJobsStorage", values);
        Assert.Equal("dotnet-isolated", json.RootElement.GetProperty("Values").GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
    }

    private static (Type Input, Type Output) ActivityTypes(Type activity)
    {
        for (var t = activity.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(TaskActivity<,>))
                return (t.GetGenericArguments()[0], t.GetGenericArguments()[1]);
        }

        throw new InvalidOperationException($"{activity.Name} is not a TaskActivity<TInput, TOutput>.");
    }

    private static IReadOnlyList<FunctionInfo> DiscoverFunctions() =>
        FunctionsAssembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(x => x.Function is not null)
            .Select(x =>
            {
                var trigger = x.Method.GetParameters()
                    .Select(p => (Parameter: p, Attribute: p.GetCustomAttributes().FirstOrDefault(a =>
                        a is HttpTriggerAttribute or OrchestrationTriggerAttribute or ActivityTriggerAttribute or TimerTriggerAttribute)))
                    .Single(p => p.Attribute is not null);
                return new FunctionInfo(x.Function!.Name, x.Method, trigger.Parameter, trigger.Attribute!);
            })
            .ToArray();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Returns.Functions.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Returns.Functions.sln not found above " + AppContext.BaseDirectory);
    }
}
