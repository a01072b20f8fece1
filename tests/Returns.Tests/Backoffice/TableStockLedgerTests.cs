using Azure.Data.Tables;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Backoffice;
using Returns.Tests.Adapters;

namespace Returns.Tests.Backoffice;

/// <summary>The returned-stock ledger in Table storage (Azurite): upsert per return, SKU and unit; filters; odd keys.</summary>
public sealed class TableStockLedgerTests
{
    private readonly ReturnsStorage _storage = AzuriteStorage.NewStorage();
    private readonly TableStockLedger _ledger;

    public TableStockLedgerTests() => _ledger = new TableStockLedger(_storage);

    private static string NewReturnId() => "RT-" + AzuriteStorage.Unique();

    [Fact]
    public async Task RecordAsync_NewUnit_CanBeReadBackWithEveryField()
    {
        var unit = StockSamples.Unit(NewReturnId()) with
        {
            DispositionOverride = DispositionKinds.Donate, ValueRecovered = 1234, Currency = "JPY", Notes = "Box crushed, item fine.",
            UpdatedAt = new DateTimeOffset(2026, 3, 2, 17, 30, 0, TimeSpan.FromHours(8)),
        };

        await _ledger.RecordAsync(unit);

        var stored = Assert.Single(await _ledger.QueryAsync(unit.ReturnId, null, null, null));
        Assert.Equal(unit, stored);
    }

    [Fact]
    public async Task RecordAsync_SameUnitTwice_KeepsOneRow()
    {
        var unit = StockSamples.Unit(NewReturnId());

        await _ledger.RecordAsync(unit);
        await _ledger.RecordAsync(unit);

        Assert.Equal(unit, Assert.Single(await _ledger.QueryAsync(unit.ReturnId, null, null, null)));
    }

    [Fact]
    public async Task RecordAsync_LaterState_ReplacesTheRow()
    {
        var unit = StockSamples.Unit(NewReturnId()) with { Notes = "first look" };
        await _ledger.RecordAsync(unit);
        var sold = unit with
        {
            Status = StockStatuses.ListedForClearance, ValueRecovered = 900, Notes = null, UpdatedAt = unit.UpdatedAt.AddDays(3),
        };

        await _ledger.RecordAsync(sold);

        var stored = Assert.Single(await _ledger.QueryAsync(unit.ReturnId, null, null, null));
        Assert.Equal(sold, stored);
        Assert.Null(stored.Notes);
    }

    [Fact]
    public async Task RecordAsync_OlderState_DoesNotUndoALaterOne()
    {
        var unit = StockSamples.Unit(NewReturnId());
        var restocked = unit with { Status = StockStatuses.Restocked, UpdatedAt = unit.UpdatedAt.AddHours(1) };
        await _ledger.RecordAsync(restocked);

        await _ledger.RecordAsync(unit); // a retried write from before the restock

        Assert.Equal(restocked, Assert.Single(await _ledger.QueryAsync(unit.ReturnId, null, null, null)));
    }

    [Fact]
    public async Task RecordAsync_ConcurrentWritesOfOneUnit_LeaveTheLatest()
    {
        var unit = StockSamples.Unit(NewReturnId());
        var states = Enumerable.Range(0, 8).Select(i => unit with { ValueRecovered = i, UpdatedAt = unit.UpdatedAt.AddMinutes(i) }).ToArray();

        await Task.WhenAll(states.Select(s => _ledger.RecordAsync(s)));

        Assert.Equal(states[^1], Assert.Single(await _ledger.QueryAsync(unit.ReturnId, null, null, null)));
    }

    [Fact]
    public async Task RecordAsync_UnitsOfOneLine_AreSeparateRowsInUnitOrder()
    {
        var returnId = NewReturnId();
        foreach (var n in new[] { 10, 2, 1 })
            await _ledger.RecordAsync(StockSamples.Unit(returnId, unit: n));
        await _ledger.RecordAsync(StockSamples.Unit(returnId, sku: "MUG-01"));

        var units = await _ledger.QueryAsync(returnId, null, null, null);

        Assert.Equal(new[] { ("MUG-01", 1), ("TEE-BLK-M", 1), ("TEE-BLK-M", 2), ("TEE-BLK-M", 10) }, units.Select(u => (u.Sku, u.Unit)));
    }

    [Fact]
    public async Task RecordAsync_OddKeys_AreEscapedAndDoNotCollide()
    {
        var returnId = "RT/#?\\ " + AzuriteStorage.Unique();
        var a = StockSamples.Unit(returnId, sku: "A.1", unit: 2);
        var b = StockSamples.Unit(returnId, sku: "A", unit: 12);
        var c = StockSamples.Unit(returnId, sku: "SKU/#?~ 1", unit: 1);

        foreach (var unit in new[] { a, b, c })
            await _ledger.RecordAsync(unit);

        Assert.Equal(new[] { b, a, c }, await _ledger.QueryAsync(returnId, null, null, null));
        var table = await _storage.TableAsync("StockLedger");
        var row = await table.GetEntityAsync<TableEntity>(TableKeys.Escape(returnId), TableStockLedger.RowKey("A.1", 2));
        Assert.Equal("A.1", row.Value.GetString("Sku"));
        Assert.NotEqual(TableStockLedger.RowKey("A.1", 2), TableStockLedger.RowKey("A", 12));
    }

    [Fact]
    public async Task QueryAsync_Filters_CombineAndMatchExactly()
    {
        var returnId = NewReturnId();
        var sku = "SKU-" + AzuriteStorage.Unique();
        var location = "bin-" + AzuriteStorage.Unique();
        var waiting = StockSamples.Unit(returnId, sku, 1) with { Location = location };
        var recycled = StockSamples.Unit(returnId, sku, 2) with { Location = location, Status = StockStatuses.Recycled };
        var elsewhere = StockSamples.Unit(returnId, sku, 3) with { Location = "hub-jp" };
        var otherReturn = StockSamples.Unit(NewReturnId(), sku, 1) with { Location = location };
        foreach (var unit in new[] { waiting, recycled, elsewhere, otherReturn })
            await _ledger.RecordAsync(unit);

        Assert.Equal(new[] { waiting, recycled, elsewhere }, await _ledger.QueryAsync(returnId, null, null, null));
        Assert.Equal(4, (await _ledger.QueryAsync(null, sku, null, null)).Count);
        Assert.Equal(new[] { waiting, recycled }, await _ledger.QueryAsync(returnId, null, null, location));
        Assert.Equal(new[] { recycled }, await _ledger.QueryAsync(null, sku, StockStatuses.Recycled, null));
        Assert.Equal(new[] { waiting }, await _ledger.QueryAsync(returnId, sku, StockStatuses.AwaitingDisposition, location));
        Assert.Empty(await _ledger.QueryAsync(null, sku.ToLowerInvariant(), null, null));
        Assert.Empty(await _ledger.QueryAsync(NewReturnId(), null, null, null));
    }

    [Fact]
    public async Task RecordAsync_InvalidUnit_IsRefusedBeforeStorage()
    {
        var unit = StockSamples.Unit(NewReturnId()) with { Status = "sold" };

        var e = await Assert.ThrowsAsync<ArgumentException>(() => _ledger.RecordAsync(unit));

        Assert.Contains("status \"sold\"", e.Message);
        Assert.Empty(await _ledger.QueryAsync(unit.ReturnId, null, null, null));
    }
}
