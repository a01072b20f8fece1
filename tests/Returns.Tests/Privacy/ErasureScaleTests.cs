using System.Diagnostics;
using System.Globalization;
using Returns.Api.Handlers;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;
using Returns.Tests.Api;
using Xunit.Abstractions;

namespace Returns.Tests.Privacy;

/// <summary>
/// An erasure among many other customers' orders and returns: orders and returns are not indexed by email, so the
/// request reads them all. Checks that only the customer's records change and prints how long the request took.
/// RETURNS_ERASURE_BENCH_ORDERS sets how many other orders (each with a return) are added first (default 200);
/// the figures in the README come from the long version with 20000.
/// </summary>
public sealed class ErasureScaleTests(ITestOutputHelper output) : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Erase_AmongManyCustomers_ChangesOnlyTheirsAndReportsTheTime()
    {
        var others = int.TryParse(Environment.GetEnvironmentVariable("RETURNS_ERASURE_BENCH_ORDERS"), CultureInfo.InvariantCulture, out var n) ? n : 200;
        var orders = _api.Get<IOrderStore>();
        var returns = _api.Get<IReturnStore>();
        var seeding = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, others), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var other = PrivacyCustomer.New();
            var order = other.Order(AdapterSamples.NewOrderNumber());
            await orders.UpsertAsync(order, ct);
            await returns.SaveAsync(PersonalDataTests.FinishedReturn(other, orderNumber: order.OrderNumber), ct);
        });
        seeding.Stop();
        var scenario = await ErasureScenario.SeedAsync(_api);
        var neighbour = PrivacyCustomer.New();
        var neighbourOrder = neighbour.Order(AdapterSamples.NewOrderNumber());
        await orders.UpsertAsync(neighbourOrder);

        var clock = Stopwatch.StartNew();
        var erased = await EraseAsync(scenario.Customer.Email);
        var eraseTime = clock.Elapsed;
        clock.Restart();
        var unknown = await EraseAsync("nobody." + AzuriteStorage.Unique() + "@example.org");
        var unknownTime = clock.Elapsed;

        Assert.Equal((200, 200), (erased.Status, unknown.Status));
        Assert.Contains("\"orders\":1", erased.Body, StringComparison.Ordinal);
        Assert.Equal(neighbour.Email, (await orders.GetAsync(neighbourOrder.OrderNumber))!.Email);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"erasure among {others} other orders and returns (seeded in {seeding.Elapsed.TotalSeconds:F1} s): " +
            $"customer with data {eraseTime.TotalMilliseconds:F0} ms, unknown address {unknownTime.TotalMilliseconds:F0} ms"));
    }

    private async Task<ApiResponse> EraseAsync(string email)
    {
        var context = _api.Json("POST", new { email }, adminKey: true);
        return await ApiHarness.RunAsync(context, _api.Get<ErasureHandlers>().EraseAsync(context.Request, _api.Client, CancellationToken.None));
    }
}
