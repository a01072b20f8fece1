using Microsoft.DurableTask;
using Moq;
using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Api;

/// <summary>The warehouse's routes and the returned-stock ledger the inspection fills.</summary>
public sealed class BackofficeHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    private BackofficeHandlers Handlers => _api.Get<BackofficeHandlers>();

    private async Task<ReturnRecord> InspectedReturnAsync()
    {
        var order = await _api.SeedOrderAsync();
        var tracking = "RX" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant() + "DE";
        var record = await _api.SeedReturnAsync(ReturnStages.Inspected, tracking, r => r with
        {
            OrderNumber = order.OrderNumber,
            Receipt = new ReceiptDetails("Warehouse Taipei", [new ReceivedLine("TEE-BLK-M", 2)], DateTimeOffset.UtcNow),
            Inspection = [new InspectedLine("TEE-BLK-M", 1, "A"), new InspectedLine("TEE-BLK-M", 1, "D", "torn", "donate")],
        });
        await _api.Get<RecordReturnedStock>().RunAsync(Mock.Of<TaskActivityContext>(), record.ReturnId);
        return record;
    }

    [Fact]
    public async Task Inspection_EveryUnitInTheStockLedger_WithTheTablesDispositionOrTheOverride()
    {
        var record = await InspectedReturnAsync();

        var context = _api.Context("GET", query: $"?returnId={record.ReturnId}", adminKey: true);
        var units = (await ApiHarness.RunAsync(context, Handlers.StockAsync(context.Request, CancellationToken.None))).Json.GetProperty("units");

        Assert.Equal(2, units.GetArrayLength());
        Assert.Equal("restock", units[0].GetProperty("effectiveDisposition").GetString());
        Assert.Equal("donate", units[1].GetProperty("effectiveDisposition").GetString());
        Assert.Equal("awaiting_disposition", units[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Inspection_RecordedTwice_TheSameUnits()
    {
        var record = await InspectedReturnAsync();
        await _api.Get<RecordReturnedStock>().RunAsync(Mock.Of<TaskActivityContext>(), record.ReturnId);

        var context = _api.Context("GET", query: $"?returnId={record.ReturnId}&format=csv", adminKey: true);
        var csv = await ApiHarness.RunAsync(context, Handlers.StockAsync(context.Request, CancellationToken.None));

        Assert.Equal(3, csv.Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task UpdateStock_MovesTheUnitOn_AndRefusesAnUnknownDisposition()
    {
        var record = await InspectedReturnAsync();

        var ok = _api.Json("PUT", new { status = "restocked", location = "Shelf A3", valueRecovered = 2000 }, adminKey: true);
        var moved = await ApiHarness.RunAsync(ok, Handlers.UpdateStockAsync(ok.Request, record.ReturnId, "TEE-BLK-M", "1", CancellationToken.None));
        var bad = _api.Json("PUT", new { disposition = "burn" }, adminKey: true);
        var refused = await ApiHarness.RunAsync(bad, Handlers.UpdateStockAsync(bad.Request, record.ReturnId, "TEE-BLK-M", "2", CancellationToken.None));
        var none = _api.Json("PUT", new { status = "restocked" }, adminKey: true);
        var missing = await ApiHarness.RunAsync(none, Handlers.UpdateStockAsync(none.Request, record.ReturnId, "TEE-BLK-M", "9", CancellationToken.None));

        Assert.Equal(200, moved.Status);
        Assert.Equal("Shelf A3", moved.Json.GetProperty("location").GetString());
        Assert.Equal(400, refused.Status);
        Assert.Equal(404, missing.Status);
    }

    [Fact]
    public async Task Find_ByTrackingNumberOrReturnId_WithTheChecklist_UnknownIs404()
    {
        var record = await InspectedReturnAsync();

        async Task<ApiResponse> FindAsync(string code)
        {
            var context = _api.Context("GET", adminKey: true);
            return await ApiHarness.RunAsync(context, Handlers.FindAsync(context.Request, code, CancellationToken.None));
        }

        var byTracking = await FindAsync(record.Label!.TrackingNumber.ToLowerInvariant());
        var byId = await FindAsync(record.ReturnId);
        var unknown = await FindAsync("RX000000000DE");

        Assert.Equal(record.ReturnId, byTracking.Json.GetProperty("returnId").GetString());
        Assert.Equal(record.ReturnId, byId.Json.GetProperty("returnId").GetString());
        Assert.True(byId.Json.GetProperty("lines")[0].GetProperty("checklist").GetArrayLength() > 0);
        Assert.Equal(404, unknown.Status);
    }

    [Fact]
    public async Task Suggest_AFailedCheck_LowersTheGradeAndPicksTheDisposition()
    {
        var all = _api.Json("POST", new { category = "apparel", reason = "size_too_small", checks = new Dictionary<string, bool>() }, adminKey: true);
        var answer = await ApiHarness.RunAsync(all, Handlers.SuggestAsync(all.Request, CancellationToken.None));

        Assert.Equal(200, answer.Status);
        Assert.NotEqual("A", answer.Json.GetProperty("grade").GetString());
        Assert.False(string.IsNullOrEmpty(answer.Json.GetProperty("disposition").GetString()));
    }
}
