using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Api;

/// <summary>Every activity of the workflow catalog can be built from the container both hosts set up.</summary>
public sealed class ServiceRegistrationTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    public static TheoryData<Type> Activities() => [.. ReturnWorkflowCatalog.Activities];

    [Theory]
    [MemberData(nameof(Activities))]
    public void Activity_ResolvesWithAllItsDependencies(Type activity)
    {
        Assert.NotNull(_api.Resolve(activity));
    }
}
