using Azure.Data.Tables;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Tests.Adapters;
using static Returns.Tests.Consolidation.ConsolidationSamples;

namespace Returns.Tests.Consolidation;

/// <summary>Hub batches and consolidated shipments in Table storage (Azurite); every test uses its own hub.</summary>
public sealed class TableHubBatchStoreTests
{
    private readonly ReturnsStorage _storage = AzuriteStorage.NewStorage();
    private readonly TableHubBatchStore _store;
    private readonly string _hub = "hub-" + AzuriteStorage.Unique();

    public TableHubBatchStoreTests() => _store = new TableHubBatchStore(_storage);

    private HubParcel P(string returnId, int grams, DateTimeOffset at) => Parcel(returnId, grams, at, _hub);

    private ConsolidatedShipment Shipment(string id, params HubParcel[] parcels) => new(
        id, _hub, "TW", "DE", At, parcels, 2_300, "TWD",
        FreightShares.Split(2_300, [.. parcels.Select(p => p.WeightGrams)])
            .Select((share, i) => (parcels[i].ReturnId, share)).ToDictionary(s => s.ReturnId, s => s.share));

    [Fact]
    public async Task OpenAsync_AddedParcels_OldestFirstWithEverything()
    {
        var newer = P("r2", 300, At.AddHours(2));
        var older = P("r1", 700, At.AddHours(1));
        await _store.AddAsync(newer);
        await _store.AddAsync(older);

        var open = await _store.OpenAsync(_hub);

        Assert.Equal(["r1", "r2"], open.Select(p => p.ReturnId));
        Assert.Equal(older.ReceivedAt, open[0].ReceivedAt);
        Assert.Equal(older.Lines, open[0].Lines);
        Assert.Equal(older with { Lines = open[0].Lines }, open[0]);
    }

    [Fact]
    public async Task AddAsync_SameReturnTwice_KeepsTheFirst()
    {
        await _store.AddAsync(P("r1", 700, At));
        await _store.AddAsync(P("r1", 999, At.AddDays(1)));

        var open = Assert.Single(await _store.OpenAsync(_hub));
        Assert.Equal(700, open.WeightGrams);
        Assert.Equal(At, open.ReceivedAt);
    }

    [Fact]
    public async Task OpenAsync_OtherHubOrNone_Empty()
    {
        await _store.AddAsync(P("r1", 700, At));

        Assert.Empty(await _store.OpenAsync(_hub + "-other"));
        Assert.Empty(await _store.ShipmentsAsync(_hub));
    }

    [Fact]
    public async Task SaveShipmentAsync_TakesItsParcelsOutOfTheOpenBatchAndListsTheShipment()
    {
        var r1 = P("r1", 700, At);
        var r2 = P("r2", 300, At.AddHours(1));
        await _store.AddAsync(r1);
        await _store.AddAsync(r2);
        await _store.AddAsync(P("r3", 500, At.AddHours(2)));
        var shipment = Shipment(_hub + "-r1", r1, r2);

        await _store.SaveShipmentAsync(shipment);

        Assert.Equal(["r3"], (await _store.OpenAsync(_hub)).Select(p => p.ReturnId));
        var stored = Assert.Single(await _store.ShipmentsAsync(_hub));
        Assert.Equal(StoredJson.Serialize(shipment), StoredJson.Serialize(stored));
        var parcels = await _storage.TableAsync("HubParcels");
        var row = await parcels.GetEntityAsync<TableEntity>(TableKeys.Escape(_hub), "r1");
        Assert.True(row.Value.GetBoolean("Shipped"));
        Assert.Equal(shipment.ShipmentId, row.Value.GetString("ShipmentId"));
    }

    [Fact]
    public async Task SaveShipmentAsync_SameIdTwice_ChangesNothing()
    {
        var r1 = P("r1", 700, At);
        var r2 = P("r2", 300, At.AddHours(1));
        var r3 = P("r3", 500, At.AddHours(2));
        foreach (var parcel in new[] { r1, r2, r3 })
            await _store.AddAsync(parcel);
        var first = Shipment(_hub + "-r1", r1, r2);

        await _store.SaveShipmentAsync(first);
        await _store.SaveShipmentAsync(first);
        await _store.SaveShipmentAsync(Shipment(_hub + "-r1", r1, r3)); // a different box under the same id

        var stored = Assert.Single(await _store.ShipmentsAsync(_hub));
        Assert.Equal(["r1", "r2"], stored.Parcels.Select(p => p.ReturnId));
        Assert.Equal(["r3"], (await _store.OpenAsync(_hub)).Select(p => p.ReturnId));
    }

    [Fact]
    public async Task AddAsync_ShippedReturnAddedAgain_StaysShipped()
    {
        var r1 = P("r1", 700, At);
        await _store.AddAsync(r1);
        await _store.SaveShipmentAsync(Shipment(_hub + "-r1", r1));

        await _store.AddAsync(r1);

        Assert.Empty(await _store.OpenAsync(_hub));
    }

    [Fact]
    public async Task Store_OddHubAndReturnIds_AreEscaped()
    {
        var hub = "hub/#? " + AzuriteStorage.Unique();
        var parcel = Parcel("ret/1#?", 400, At, hub) with { Lines = [new("SHOE-42", "跑鞋 👟 42", 1, 5_000, "6404110000", "VN", 400)] };
        await _store.AddAsync(parcel);

        var open = Assert.Single(await _store.OpenAsync(hub));
        Assert.Equal("ret/1#?", open.ReturnId);
        Assert.Equal("跑鞋 👟 42", open.Lines[0].Description);

        await _store.SaveShipmentAsync(new ConsolidatedShipment(hub + "-ret/1#?", hub, "TW", "DE", At, [parcel], 100, "TWD",
            new Dictionary<string, long> { [parcel.ReturnId] = 100 }));

        Assert.Empty(await _store.OpenAsync(hub));
        Assert.Equal(hub + "-ret/1#?", Assert.Single(await _store.ShipmentsAsync(hub)).ShipmentId);
    }

    [Fact]
    public async Task SaveShipmentAsync_LargeBox_StoredWholeAndEveryParcelMarked()
    {
        var parcels = Enumerable.Range(0, 130).Select(i => P($"r{i:000}", 100, At.AddMinutes(i))).ToArray();
        foreach (var parcel in parcels)
            await _store.AddAsync(parcel);

        var shipment = Shipment(_hub + "-r000", parcels);
        Assert.True(StoredJson.Serialize(shipment).Length > 32_000, "the shipment should not fit in one table property");

        await _store.SaveShipmentAsync(shipment);

        Assert.Empty(await _store.OpenAsync(_hub));
        var stored = Assert.Single(await _store.ShipmentsAsync(_hub));
        Assert.Equal(StoredJson.Serialize(shipment), StoredJson.Serialize(stored));
    }
}
