using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Returns.Api;
using Returns.Api.Http;
using Returns.Local.Hosting;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Hosting;

public sealed class LocalHostParityTests
{
    [Fact]
    public async Task LocalHost_MapsRoutes_ExactlyTheRouteTable()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection([new("RETURNS_LINK_SIGNING_KEY", "test-signing-key-test-signing-key")]);
        builder.Services.AddReturnsApp(builder.Configuration, "http://test.local");
        builder.Services.AddSingleton(new Mock<DurableTaskClient>("test").Object);
        await using var app = builder.Build();
        app.MapReturnsRoutes();

        var mapped = ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(e => $"{e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single()} {e.RoutePattern.RawText}")
            .Order()
            .ToArray();
        var expected = ApiRoutes.All.Select(r => $"{r.Method} /{r.Template}").Order().ToArray();

        Assert.Equal(expected, mapped);
    }

    [Fact]
    public void RouteTable_NamesAreUnique_AndEveryOneHasALocalHandler()
    {
        Assert.Equal(ApiRoutes.All.Count, ApiRoutes.All.Select(r => r.Name).Distinct().Count());
        Assert.Equal(ApiRoutes.All.Select(r => r.Name).Order(), LocalRouteMap.Handlers.Keys.Order());
    }

    [Fact]
    public void WorkflowCatalog_ListsEveryActivityAndOrchestratorOfTheWorkflow()
    {
        var assembly = typeof(ReturnOrchestrator).Assembly;
        var activities = assembly.GetTypes().Where(t => !t.IsAbstract && IsSubclassOfGeneric(t, typeof(TaskActivity<,>)));
        var orchestrators = assembly.GetTypes().Where(t => !t.IsAbstract && IsSubclassOfGeneric(t, typeof(TaskOrchestrator<,>)));

        Assert.Equal(activities.Select(t => t.Name).Order(), ReturnWorkflowCatalog.Activities.Select(t => t.Name).Order());
        Assert.Equal(orchestrators.Select(t => t.Name).Order(), ReturnWorkflowCatalog.Orchestrators.Select(t => t.Name).Order());
    }

    private static bool IsSubclassOfGeneric(Type type, Type generic)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == generic)
                return true;
        }

        return false;
    }
}
