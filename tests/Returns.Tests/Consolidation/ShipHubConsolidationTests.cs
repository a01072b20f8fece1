using Microsoft.DurableTask;
using Moq;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Routing.Network;
using Returns.Orchestrations.Workflow.Activities;
using Returns.Tests.Adapters;
using static Returns.Tests.Consolidation.ConsolidationSamples;

namespace Returns.Tests.Consolidation;

/// <summary>Shipping a hub's batch home: when it is due, the papers, the freight shares in the ledger, repeat safety.</summary>
public sealed class ShipHubConsolidationTests
{
    private readonly List<HubParcel> _open = [];
    private readonly List<ConsolidatedShipment> _saved = [];
    private readonly Dictionary<(string ReturnId, string EntryId), LedgerEntry> _ledger = [];
    private readonly Dictionary<(string Id, string Kind), byte[]> _documents = [];
    private readonly List<ConsolidatedShipment> _rendered = [];
    private readonly List<PostalAddress> _consignees = [];
    private readonly ManualClock _clock = new(At);
    private ReturnHub _hub = Hub();
    private int _saveFailures;

    private ShipHubConsolidation Activity()
    {
        var batches = new Mock<IHubBatchStore>();
        batches.Setup(b => b.OpenAsync("tw-tpe", It.IsAny<CancellationToken>())).ReturnsAsync(() => [.. _open]);
        batches.Setup(b => b.SaveShipmentAsync(It.IsAny<ConsolidatedShipment>(), It.IsAny<CancellationToken>()))
            .Returns<ConsolidatedShipment, CancellationToken>((s, _) =>
            {
                if (_saveFailures-- > 0)
                    throw new IOException("Table storage unavailable.");
                if (_saved.All(x => x.ShipmentId != s.ShipmentId))
                    _saved.Add(s);
                _open.RemoveAll(p => s.Parcels.Any(x => x.ReturnId == p.ReturnId));
                return Task.CompletedTask;
            });

        var returns = new Mock<IReturnStore>();
        returns.Setup(r => r.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => Return(id, "TW-1001", new ReturnLine("TEE-BLK-M", "Tee black M", 1, 2_500, "unwanted")));
        var orders = new Mock<IOrderStore>();
        orders.Setup(o => o.GetAsync("TW-1001", It.IsAny<CancellationToken>())).ReturnsAsync(Order());

        var renderer = new Mock<IConsolidationPaperRenderer>();
        renderer.Setup(r => r.Manifest(It.IsAny<ConsolidatedShipment>(), It.IsAny<ReturnHub>(), It.IsAny<PostalAddress>()))
            .Returns<ConsolidatedShipment, ReturnHub, PostalAddress>((s, _, to) =>
            {
                _rendered.Add(s);
                _consignees.Add(to);
                return [1, 2, 3];
            });
        renderer.Setup(r => r.PackingList(It.IsAny<ConsolidatedShipment>(), It.IsAny<ReturnHub>(), It.IsAny<PostalAddress>())).Returns([4, 5, 6]);

        var documents = new Mock<IDocumentStore>();
        documents.Setup(d => d.SaveAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<byte[]>(), "application/pdf", It.IsAny<CancellationToken>()))
            .Callback<string, string, byte[], string, CancellationToken>((id, kind, pdf, _, _) => _documents[(id, kind)] = pdf)
            .Returns(Task.CompletedTask);

        var ledger = new Mock<ICostLedger>();
        ledger.Setup(l => l.PostAsync(It.IsAny<LedgerEntry>(), It.IsAny<CancellationToken>()))
            .Callback<LedgerEntry, CancellationToken>((e, _) => _ledger.TryAdd((e.ReturnId, e.EntryId), e)) // first wins, as the real ledger
            .Returns(Task.CompletedTask);

        return new ShipHubConsolidation(
            Source(Network(_hub), _clock), batches.Object, new ReturnContextLoader(returns.Object, orders.Object),
            renderer.Object, documents.Object, ledger.Object, Mock.Of<IAnalyticsFeed>(), _clock);
    }

    private Task<int> RunAsync() => Activity().RunAsync(Mock.Of<TaskActivityContext>(), "tw-tpe");

    [Fact]
    public async Task Run_BoxFull_ShipsOneShipmentWithSharesAddingUpAndALedgerEntryPerReturn()
    {
        _open.AddRange([Parcel("r1", 1_000, At.AddDays(-2)), Parcel("r2", 2_500, At.AddDays(-1)), Parcel("r3", 499, At.AddHours(-1))]);

        var shipped = await RunAsync();

        Assert.Equal(3, shipped);
        Assert.Empty(_open);
        var shipment = Assert.Single(_saved);
        Assert.Equal("tw-tpe-r1", shipment.ShipmentId);
        Assert.Equal("tw-tpe", shipment.HubId);
        Assert.Equal("TW", shipment.FromCountry);
        Assert.Equal("DE", shipment.ToCountry);
        Assert.Equal(At, shipment.ShippedAt);
        Assert.Equal("TWD", shipment.Currency);
        Assert.Equal(1_500 + (800 * 40 / 10), shipment.Freight); // 3 999 g -> 4.0 kg
        Assert.Equal(["r1", "r2", "r3"], shipment.Parcels.Select(p => p.ReturnId));
        Assert.Equal(shipment.Freight, shipment.ShareByReturn.Values.Sum());
        Assert.Equal(1_175, shipment.ShareByReturn["r1"]);
        Assert.Equal(2_938, shipment.ShareByReturn["r2"]);
        Assert.Equal(587, shipment.ShareByReturn["r3"]);

        Assert.Equal(3, _ledger.Count);
        foreach (var parcel in shipment.Parcels)
        {
            var entry = _ledger[(parcel.ReturnId, "consolidation-tw-tpe-r1")];
            Assert.Equal(LedgerKinds.ConsolidationShare, entry.Kind);
            Assert.Equal(shipment.ShareByReturn[parcel.ReturnId], entry.Amount);
            Assert.Equal("TWD", entry.Currency);
            Assert.Equal("TW", entry.Market);
            Assert.Equal("consolidated", entry.Carrier);
            Assert.Equal("TW-DE", entry.Lane);
            Assert.Equal(parcel.WeightGrams, entry.WeightGrams);
            Assert.Equal(At, entry.At);
        }

        Assert.Equal([1, 2, 3], _documents[("tw-tpe-r1", ShipHubConsolidation.ManifestKind)]);
        Assert.Equal([4, 5, 6], _documents[("tw-tpe-r1", ShipHubConsolidation.PackingListKind)]);
        Assert.Equal(2, _documents.Count);
        Assert.Equal(Warehouse, Assert.Single(_consignees));
        Assert.Equal("consolidation-manifest", ShipHubConsolidation.ManifestKind);
        Assert.Equal("consolidation-packing-list", ShipHubConsolidation.PackingListKind);
    }

    [Fact]
    public async Task Run_NotDue_ShipsNothing()
    {
        _open.AddRange([Parcel("r1", 1_000, At.AddDays(-6)), Parcel("r2", 2_500, At.AddDays(-1))]);

        Assert.Equal(0, await RunAsync());

        Assert.Empty(_saved);
        Assert.Empty(_ledger);
        Assert.Empty(_documents);
        Assert.Equal(2, _open.Count);
    }

    [Fact]
    public async Task Run_EmptyBatch_ShipsNothing()
    {
        Assert.Equal(0, await RunAsync());
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task Run_OldestWaitedEveryDays_ShipsTheWholeBatch()
    {
        _open.AddRange([Parcel("r2", 700, At.AddDays(-1)), Parcel("r1", 300, At.AddDays(-7))]);

        Assert.Equal(2, await RunAsync());

        var shipment = Assert.Single(_saved);
        Assert.Equal("tw-tpe-r1", shipment.ShipmentId);
        Assert.Equal(1_500 + 800, shipment.Freight);
        Assert.Equal(690, shipment.ShareByReturn["r1"]);   // 2 300 × 0.3
        Assert.Equal(1_610, shipment.ShareByReturn["r2"]); // 2 300 × 0.7
    }

    [Fact]
    public async Task Run_TwoBoxesFull_ShipsBothAndLeavesTheRest()
    {
        _hub = Hub(Rule(maxParcels: 2));
        _open.AddRange(Enumerable.Range(1, 5).Select(i => Parcel($"r{i}", 500, At.AddHours(-10 + i))));

        Assert.Equal(4, await RunAsync());

        Assert.Equal(["tw-tpe-r1", "tw-tpe-r3"], _saved.Select(s => s.ShipmentId));
        Assert.Equal(["r5"], _open.Select(p => p.ReturnId));
        Assert.Equal(4, _ledger.Count);
        Assert.Equal(4, _documents.Count);
    }

    [Fact]
    public async Task Run_RetryAfterAFailureBeforeTheShipmentWasSaved_MakesTheSameShipmentOnce()
    {
        _open.AddRange([Parcel("r1", 1_000, At.AddDays(-2)), Parcel("r2", 2_500, At.AddDays(-1)), Parcel("r3", 499, At.AddHours(-1))]);
        _saveFailures = 1;

        await Assert.ThrowsAsync<IOException>(RunAsync);
        var firstAttempt = Assert.Single(_rendered);
        var firstLedger = _ledger.Values.ToList();
        _open.Add(Parcel("r4", 300, At.AddMinutes(5))); // arrives before the retry; the full box does not change
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(3, await RunAsync());

        var shipment = Assert.Single(_saved);
        Assert.Equal(firstAttempt.ShipmentId, shipment.ShipmentId);
        Assert.Equal(firstAttempt.ShareByReturn, shipment.ShareByReturn);
        Assert.Equal(firstLedger, _ledger.Values.ToList());                 // the ledger kept one entry per return
        Assert.Equal(shipment.Freight, _ledger.Values.Sum(e => e.Amount));
        Assert.Equal(2, _documents.Count);                                  // papers overwritten, not duplicated
        Assert.Equal(["r4"], _open.Select(p => p.ReturnId));
    }

    [Fact]
    public async Task Run_RepeatedAfterSuccess_ShipsNothingMore()
    {
        _open.AddRange([Parcel("r1", 1_000, At.AddDays(-2)), Parcel("r2", 2_500, At.AddDays(-1)), Parcel("r3", 499, At.AddHours(-1))]);

        Assert.Equal(3, await RunAsync());
        Assert.Equal(0, await RunAsync());

        Assert.Single(_saved);
        Assert.Equal(3, _ledger.Count);
    }

    [Fact]
    public async Task Run_UnknownHub_Throws()
    {
        _hub = Hub(id: "de-ber");

        await Assert.ThrowsAsync<InvalidOperationException>(RunAsync);
    }
}
