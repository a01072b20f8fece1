using System.Text.Json;
using Returns.Api.Http;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Functions;

/// <summary>The metadata the Functions SDK generates at build time is what the Azure host indexes.</summary>
public sealed class FunctionMetadataTests
{
    private static readonly JsonElement[] Functions = Load();

    [Fact]
    public void GeneratedMetadata_ListsEveryRouteOrchestratorAndActivity()
    {
        var expected = ApiRoutes.All.Where(r => !r.LocalOnly).Select(r => r.Name)
            .Concat(ReturnWorkflowCatalog.Orchestrators.Select(t => t.Name))
            .Concat(ReturnWorkflowCatalog.Activities.Select(t => t.Name))
            .Append(Returns.Functions.Workflow.BackgroundProcessFunctions.EnsureFunctionName)
            .Append(Returns.Functions.Http.AnalyticsFunctions.ApplyPendingFunctionName)
            .Append(Returns.Functions.Http.IntegrationFunctions.DispatchFunctionName)
            .Append(Returns.Functions.Http.SecurityFunctions.PurgeFunctionName)
            .Order();

        Assert.Equal(expected, Functions.Select(f => f.GetProperty("name").GetString()!).Order());
    }

    [Fact]
    public void GeneratedMetadata_HttpTriggers_CarryTheRouteAndMethodOfTheRouteTable()
    {
        foreach (var route in ApiRoutes.All.Where(r => !r.LocalOnly))
        {
            var trigger = Functions.Single(f => f.GetProperty("name").GetString() == route.Name)
                .GetProperty("bindings").EnumerateArray()
                .Single(b => b.GetProperty("type").GetString() == "httpTrigger");
            Assert.Equal(route.Template, trigger.GetProperty("route").GetString());
            Assert.Equal([route.Method.ToLowerInvariant()], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
        }
    }

    [Fact]
    public void GeneratedMetadata_BackgroundTimers_FireTogetherOncePerMinute()
    {
        string Schedule(string name) => Functions.Single(f => f.GetProperty("name").GetString() == name)
            .GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "timerTrigger")
            .GetProperty("schedule").GetString()!;

        Assert.Equal("0 * * * * *", Schedule(Returns.Functions.Http.IntegrationFunctions.DispatchFunctionName));
        Assert.Equal("0 * * * * *", Schedule(Returns.Functions.Http.AnalyticsFunctions.ApplyPendingFunctionName));
        Assert.Equal("0 17 3 * * *", Schedule(Returns.Functions.Http.SecurityFunctions.PurgeFunctionName)); // once a day
    }

    private static JsonElement[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"functions.metadata was not generated next to the tests ({path}).");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
