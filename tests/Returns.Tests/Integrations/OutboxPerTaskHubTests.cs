using Microsoft.Extensions.DependencyInjection;
using Returns.Adapters;
using Returns.Adapters.Connections;
using Returns.Adapters.Outbox;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;

namespace Returns.Tests.Integrations;

/// <summary>
/// Two deployments (task hubs) on one storage account: each host's dispatcher must only see what its own workflows
/// stored, or one sends the other's events to its own webhooks and emails through its own mail settings.
/// </summary>
public class OutboxPerTaskHubTests
{
    [Theory]
    [InlineData("returns", "IntegrationOutbox")]
    [InlineData("Returns", "IntegrationOutbox")]
    [InlineData("", "IntegrationOutbox")]
    [InlineData(null, "IntegrationOutbox")]
    [InlineData("staging", "IntegrationOutboxstaging")]
    [InlineData("e2e-1_a", "IntegrationOutboxe2e1a")]
    public void TableNameFor_TheHubsLettersAndDigits(string? hub, string expected) =>
        Assert.Equal(expected, TableIntegrationOutbox.TableNameFor(hub));

    [Fact]
    public void TableNameFor_LongestHub_StaysAValidTableName()
    {
        var name = TableIntegrationOutbox.TableNameFor("h" + new string('9', 44));

        Assert.Equal(62, name.Length);
        Assert.True(TableIntegrationOutbox.TableNameFor(new string('x', 80)).Length <= 63);
    }

    [Fact]
    public async Task TwoHubsOnOneAccount_NeitherSeesTheOthersPendingEvents()
    {
        using var first = Provider("hubA" + AzuriteStorage.Unique());
        using var second = Provider("hubB" + AzuriteStorage.Unique());
        var e = OutboxFixture.Event("r_" + AzuriteStorage.Unique(), 1);

        await first.GetRequiredService<IIntegrationOutbox>().StoreAsync(e);

        Assert.Empty(await second.GetRequiredService<IIntegrationOutbox>().PendingEventsAsync(1000));
        Assert.Equal(e.Id, Assert.Single(await first.GetRequiredService<IIntegrationOutbox>().PendingEventsAsync(1000)).Id);
    }

    private static ServiceProvider Provider(string hub) => new ServiceCollection()
        .AddReturnsAdapters(new AdapterSettings(StorageConnection.FromConnectionString(AzuriteStorage.ConnectionString), TaskHub: hub))
        .BuildServiceProvider();
}
