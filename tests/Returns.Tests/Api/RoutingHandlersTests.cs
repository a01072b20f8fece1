using Returns.Api.Handlers;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Api;

/// <summary>The routing network, the cost ledger and the lane report through the merchant API.</summary>
public sealed class RoutingHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    private Task<ApiResponse> GetAsync(Func<Microsoft.AspNetCore.Http.HttpRequest, Task<Microsoft.AspNetCore.Http.IResult>> handler, string? query = null, bool adminKey = true)
    {
        var context = _api.Context("GET", query: query, adminKey: adminKey);
        return ApiHarness.RunAsync(context, handler(context.Request));
    }

    [Fact]
    public async Task GetRouting_WithoutKey401_WithKeyTheShippedNetwork()
    {
        var routing = _api.Get<RoutingHandlers>();

        var denied = await GetAsync(r => routing.GetAsync(r, CancellationToken.None), adminKey: false);
        var network = await GetAsync(r => routing.GetAsync(r, CancellationToken.None));

        Assert.Equal(401, denied.Status);
        Assert.Equal(200, network.Status);
        Assert.Contains(network.Json.GetProperty("hubs").EnumerateArray(), h => h.GetProperty("id").GetString() == "hub-de");
    }

    [Fact]
    public async Task PutRouting_BrokenNetwork_Returns400AndKeepsTheNetwork()
    {
        var context = _api.Json("PUT", new { version = "x", carriers = Array.Empty<object>(), hubs = Array.Empty<object>(), costs = (object?)null }, adminKey: true);

        var response = await ApiHarness.RunAsync(context, _api.Get<RoutingHandlers>().PutAsync(context.Request, CancellationToken.None));

        Assert.Equal(400, response.Status);
        Assert.Contains("carrier", response.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ledger_PostedTwice_CountsOnceAndTotalsByKind()
    {
        var returnId = "RT-" + Guid.NewGuid().ToString("N")[..10];
        var ledger = _api.Get<ICostLedger>();
        var at = DateTimeOffset.UtcNow;
        LedgerEntry Entry(string id, string kind, long amount) => new(returnId, id, kind, amount, "EUR", at, "DE", Carrier: "returns-post", Lane: "DE-TW", WeightGrams: 700, ReturnSkus: ["JACKET-RAIN-M"]);
        await ledger.PostAsync(Entry("label", LedgerKinds.Label, 1_990));
        await ledger.PostAsync(Entry("label", LedgerKinds.Label, 1_990));
        await ledger.PostAsync(Entry("recovered", LedgerKinds.RecoveredValue, -11_435));

        var handlers = _api.Get<LedgerHandlers>();
        var byReturn = await GetAsync(r => handlers.QueryAsync(r, CancellationToken.None), $"?returnId={returnId}");
        var bySku = await GetAsync(r => handlers.QueryAsync(r, CancellationToken.None), $"?sku=JACKET-RAIN-M&kind=label");
        var badKind = await GetAsync(r => handlers.QueryAsync(r, CancellationToken.None), "?kind=postage");
        var lanes = await GetAsync(r => handlers.LanesAsync(r, CancellationToken.None), "?format=csv");

        Assert.Equal(2, byReturn.Json.GetProperty("entries").GetArrayLength());
        var totals = byReturn.Json.GetProperty("totals")[0];
        Assert.Equal(1_990 - 11_435, totals.GetProperty("total").GetInt64());
        Assert.Equal(1_990, totals.GetProperty("byKind").GetProperty("label").GetInt64());
        Assert.Contains(bySku.Json.GetProperty("entries").EnumerateArray(), e => e.GetProperty("returnId").GetString() == returnId);
        Assert.Equal(400, badKind.Status);
        Assert.StartsWith("lane,month,carrier,parcels,weightKg,spend,currency", lanes.Body, StringComparison.Ordinal);
        Assert.Contains("DE-TW,", lanes.Body, StringComparison.Ordinal);
    }
}
