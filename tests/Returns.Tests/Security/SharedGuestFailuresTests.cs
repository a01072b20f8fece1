using System.Net;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Returns.Adapters.Storage;
using Returns.Api.Handlers;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;

namespace Returns.Tests.Security;

/// <summary>
/// Guest failures counted in Table storage (on the test Azurite), as the Functions app does on Azure: two instances of
/// the app, each with its own memory, must add their counts up, or a client gets the limit on every instance.
/// </summary>
public sealed class SharedGuestFailuresTests
{
    // A secret of its own per test: the clock is fixed, so another run's counts would otherwise land in the same rows.
    private readonly byte[] _secret = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 12, 9, 1, 0, TimeSpan.Zero));
    private readonly ReturnsStorage _storage = AzuriteStorage.NewStorage();

    [Fact]
    public async Task TwoInstances_FailuresAddUp_TheNextGuessOnEitherIs429()
    {
        var orders = new Mock<IOrderStore>();
        orders.Setup(o => o.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((Order?)null);
        var first = Instance(orders.Object);
        var second = Instance(orders.Object);
        var address = IPAddress.Parse("203.0.113." + Random.Shared.Next(1, 250));

        // Five failures on each instance: neither alone reached the limit of 10.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(404, await StatusAsync(first, address, $"TW-{Guid.NewGuid():N}"));
            Assert.Equal(404, await StatusAsync(second, address, $"TW-{Guid.NewGuid():N}"));
        }

        Assert.Equal(429, await StatusAsync(first, address, "TW-1"));
        Assert.Equal(429, await StatusAsync(second, address, "TW-1"));
        Assert.Equal(404, await StatusAsync(second, IPAddress.Parse("198.51.100.7"), $"TW-{Guid.NewGuid():N}")); // another client is not held
    }

    [Fact]
    public async Task Count_ConcurrentFailuresFromManyInstances_NoneLost()
    {
        var key = "client:" + Guid.NewGuid();
        var instances = Enumerable.Range(0, 4).Select(_ => Counter()).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => instances[i % 4].RecordAsync(key, CancellationToken.None)));

        Assert.Equal(24, await instances[0].CountAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task Count_SlidingWindowOf15Minutes_OldFailuresDeletedWhenTheKeyFailsAgain()
    {
        var key = "order:TW-" + Guid.NewGuid().ToString("N");
        var counter = Counter();
        for (var i = 0; i < 3; i++)
            await counter.RecordAsync(key, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await counter.RecordAsync(key, CancellationToken.None);
        Assert.Equal(4, await counter.CountAsync(key, CancellationToken.None)); // 10 minutes on: still in the window

        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await counter.CountAsync(key, CancellationToken.None)); // the first three are out of it
        Assert.Equal(4, await RowsAsync(key));
        await counter.RecordAsync(key, CancellationToken.None);

        Assert.Equal(2, await counter.CountAsync(key, CancellationToken.None));
        Assert.Equal(2, await RowsAsync(key));
    }

    [Fact]
    public async Task Purge_DeletesEveryKeysFailuresOutOfTheWindow_KeepsTheRest()
    {
        var counter = Counter();
        string[] gone = ["client:192.0.2.10", "order:TW-" + Guid.NewGuid().ToString("N")];
        foreach (var key in gone)
            await counter.RecordAsync(key, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(16));
        var recent = "client:192.0.2.11";
        await counter.RecordAsync(recent, CancellationToken.None);

        await counter.PurgeAsync(CancellationToken.None);

        Assert.Equal((0, 0, 1), (await RowsAsync(gone[0]), await RowsAsync(gone[1]), await RowsAsync(recent)));
        Assert.Equal(1, await counter.CountAsync(recent, CancellationToken.None));
    }

    [Fact]
    public async Task Stored_OnlyAnHmacOfTheKey_NeverTheAddressOrNumber()
    {
        var address = "client:192.0.2." + Random.Shared.Next(1, 250) + "-" + Guid.NewGuid().ToString("N")[..6];
        await Counter().RecordAsync(address, CancellationToken.None);

        var table = await _storage.TableAsync(TableGuestFailures.TableName);
        await foreach (var row in table.QueryAsync<TableEntity>())
            Assert.DoesNotContain(address[7..], row.PartitionKey + row.RowKey + string.Join(",", row.Select(kv => kv.Value)), StringComparison.Ordinal);
        Assert.Equal(1, await RowsAsync(address));
    }

    [Fact]
    public async Task StorageUnreachable_NeitherBlocksNorThrows()
    {
        var unreachable = new ReturnsStorage(new TableServiceClient(new Uri("http://127.0.0.1:9/devstoreaccount1"),
                new TableSharedKeyCredential("devstoreaccount1", Convert.ToBase64String(_secret)),
                new TableClientOptions { Retry = { MaxRetries = 0 } }),
            new Azure.Storage.Blobs.BlobServiceClient(new Uri("http://127.0.0.1:9/devstoreaccount1")));
        var counter = new TableGuestFailures(unreachable, _secret, _clock, NullLogger<TableGuestFailures>.Instance);

        await counter.RecordAsync("client:192.0.2.1", CancellationToken.None);

        Assert.Null(await counter.CountAsync("client:192.0.2.1", CancellationToken.None));
    }

    private TableGuestFailures Counter() => new(_storage, _secret, _clock, NullLogger<TableGuestFailures>.Instance);

    /// <summary>One app instance: its own memory limits, the shared counts.</summary>
    private GuestAccess Instance(IOrderStore orders) => new(orders, Mock.Of<IReturnStore>(), new GuestLookupLimits(
        new GuestLookupLimiter(_clock, 10, TimeSpan.FromMinutes(15)), new GuestLookupLimiter(_clock, 20, TimeSpan.FromMinutes(15)), Counter()), TimeProvider.System);

    private static async Task<int> StatusAsync(GuestAccess access, IPAddress address, string orderNumber)
    {
        var request = new DefaultHttpContext { Connection = { RemoteIpAddress = address } }.Request;
        var result = await access.FindOrderAsync(request, CustomerLanguages.Default.Select("en", default, null), "mallory@example.org", orderNumber, CancellationToken.None);
        return result.Error is IStatusCodeHttpResult { StatusCode: { } status } ? status : 200;
    }

    private async Task<int> RowsAsync(string key)
    {
        var table = await _storage.TableAsync(TableGuestFailures.TableName);
        var partition = TableGuestFailures.PartitionFor(_secret, key);
        var rows = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
            rows++;
        return rows;
    }
}
