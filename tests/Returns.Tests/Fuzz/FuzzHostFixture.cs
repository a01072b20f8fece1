namespace Returns.Tests.Fuzz;

/// <summary>One <see cref="FuzzHost"/> with its seeded <see cref="FuzzWorld"/>, shared by the tests of a class.</summary>
public sealed class FuzzHostFixture : IAsyncLifetime
{
    public FuzzHost Host { get; private set; } = null!;

    public FuzzWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await FuzzHost.StartAsync();
        World = await FuzzWorld.SeedAsync(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
