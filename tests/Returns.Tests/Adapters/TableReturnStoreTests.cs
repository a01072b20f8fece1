using Returns.Adapters.Storage;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Adapters;

public class TableReturnStoreTests
{
    private const string RequestKey = "TEE-BLK-M:1";

    private readonly TableReturnStore _store = new(AzuriteStorage.NewStorage());

    [Fact]
    public async Task CreateAsync_NewRequest_StoresTheReturnAndReportsCreated()
    {
        var record = AdapterSamples.Return(AdapterSamples.NewReturnId(), AdapterSamples.NewOrderNumber());

        var creation = await _store.CreateAsync(record, RequestKey);

        Assert.True(creation.Created);
        Assert.Equal(record.ReturnId, creation.Record.ReturnId);
        var stored = await _store.GetAsync(record.ReturnId);
        Assert.NotNull(stored);
        Assert.Equal(ReturnStages.AwaitingConfirmation, stored.Stage);
    }

    [Fact]
    public async Task CreateAsync_SameRequestWhileActive_ReturnsExistingAndWritesNothing()
    {
        var order = AdapterSamples.NewOrderNumber();
        var first = AdapterSamples.Return(AdapterSamples.NewReturnId(), order);
        await _store.CreateAsync(first, RequestKey);
        var second = AdapterSamples.Return(AdapterSamples.NewReturnId(), order);

        var creation = await _store.CreateAsync(second, RequestKey);

        Assert.False(creation.Created);
        Assert.Equal(first.ReturnId, creation.Record.ReturnId);
        Assert.Null(await _store.GetAsync(second.ReturnId));
        Assert.Equal([first.ReturnId], (await _store.ListByOrderAsync(order)).Select(r => r.ReturnId));
    }

    [Fact]
    public async Task CreateAsync_SameRequestWithOrderNumberInAnotherForm_ReturnsExisting()
    {
        var order = AdapterSamples.NewOrderNumber();
        var first = AdapterSamples.Return(AdapterSamples.NewReturnId(), order);
        await _store.CreateAsync(first, RequestKey);

        var creation = await _store.CreateAsync(AdapterSamples.Return(AdapterSamples.NewReturnId(), "#" + order.ToLowerInvariant()), RequestKey);

        Assert.False(creation.Created);
        Assert.Equal(first.ReturnId, creation.Record.ReturnId);
    }

    [Fact]
    public async Task CreateAsync_SameOrderDifferentLines_CreatesASecondReturn()
    {
        var order = AdapterSamples.NewOrderNumber();
        await _store.CreateAsync(AdapterSamples.Return(AdapterSamples.NewReturnId(), order), RequestKey);

        var creation = await _store.CreateAsync(AdapterSamples.Return(AdapterSamples.NewReturnId(), order, quantity: 2), "TEE-BLK-M:2");

        Assert.True(creation.Created);
    }

    [Theory]
    [InlineData(ReturnStages.Cancelled)]
    [InlineData(ReturnStages.Expired)]
    [InlineData(ReturnStages.Rejected)]
    public async Task CreateAsync_SameRequestAfterFirstReleasedItsLines_CreatesANewReturn(string releasedStage)
    {
        var order = AdapterSamples.NewOrderNumber();
        var first = AdapterSamples.Return(AdapterSamples.NewReturnId(), order);
        await _store.CreateAsync(first, RequestKey);
        await _store.SaveAsync(first with { Stage = releasedStage });
        var second = AdapterSamples.Return(AdapterSamples.NewReturnId(), order);

        var creation = await _store.CreateAsync(second, RequestKey);

        Assert.True(creation.Created);
        Assert.Equal(second.ReturnId, creation.Record.ReturnId);
        Assert.NotNull(await _store.GetAsync(second.ReturnId));
        Assert.Equal(releasedStage, (await _store.GetAsync(first.ReturnId))!.Stage);
        Assert.Equal(new[] { first.ReturnId, second.ReturnId }.Order(), (await _store.ListByOrderAsync(order)).Select(r => r.ReturnId).Order());
    }

    [Theory]
    [InlineData(ReturnStages.Closed)]
    [InlineData(ReturnStages.LabelIssued)]
    public async Task CreateAsync_SameRequestAfterFirstClosedOrInProgress_ReturnsExisting(string stage)
    {
        var order = AdapterSamples.NewOrderNumber();
        var first = AdapterSamples.Return(AdapterSamples.NewReturnId(), order);
        await _store.CreateAsync(first, RequestKey);
        await _store.SaveAsync(first with { Stage = stage });

        var creation = await _store.CreateAsync(AdapterSamples.Return(AdapterSamples.NewReturnId(), order), RequestKey);

        Assert.False(creation.Created);
        Assert.Equal(first.ReturnId, creation.Record.ReturnId);
    }

    [Fact]
    public async Task CreateAsync_TenConcurrentIdenticalRequests_CreateExactlyOneReturn()
    {
        var order = AdapterSamples.NewOrderNumber();
        var candidates = Enumerable.Range(0, 10).Select(_ => AdapterSamples.Return(AdapterSamples.NewReturnId(), order)).ToArray();
        // Each request gets its own store (and storage client), like separate host instances would.
        var stores = candidates.Select(_ => new TableReturnStore(AzuriteStorage.NewStorage())).ToArray();

        var results = await Task.WhenAll(candidates.Select((c, i) => stores[i].CreateAsync(c, RequestKey)));

        var created = Assert.Single(results, r => r.Created);
        Assert.All(results, r => Assert.Equal(created.Record.ReturnId, r.Record.ReturnId));
        var stored = await Task.WhenAll(candidates.Select(c => _store.GetAsync(c.ReturnId)));
        Assert.Single(stored, r => r is not null);
        Assert.Equal([created.Record.ReturnId], (await _store.ListByOrderAsync(order)).Select(r => r.ReturnId));
    }

    [Fact]
    public async Task SaveAsync_FullRecord_RoundTripsThroughGetAsync()
    {
        var at = new DateTimeOffset(2025, 4, 2, 10, 15, 30, TimeSpan.Zero);
        var record = AdapterSamples.Return(AdapterSamples.NewReturnId(), AdapterSamples.NewOrderNumber(), ReturnStages.RefundIssued, at) with
        {
            ExchangeSku = "TEE-BLK-L",
            Timeline =
            [
                new TimelineEntry(ReturnStages.AwaitingConfirmation, at),
                new TimelineEntry(ReturnStages.Approved, at.AddHours(1), "Approved under the seller's return policy."),
                new TimelineEntry(ReturnStages.RefundIssued, at.AddDays(3), "25.00 EUR"),
            ],
            Label = new LabelInfo("Returns Post", "International Return", "RA123456785DE", at.AddHours(1)),
            Documents = ["label", "commercial-invoice"],
            Refund = new RefundInfo(Resolutions.Refund, 2500, "EUR", "succeeded", "RF-ABCDEF012345", at.AddDays(3)),
            Receipt = new ReceiptDetails("Hub Frankfurt", [new ReceivedLine("TEE-BLK-M", 1)], at.AddDays(2)),
            Inspection = [new InspectedLine("TEE-BLK-M", 1, "B", "opened")],
            Exchange = new ExchangeShipment("TEE-BLK-L", 1, "Returns Post", "RB000000000TW", at.AddDays(3)),
            Route = "hub-de",
            DecisionNote = "ok",
            Sequence = 7,
            UpdatedAt = at.AddDays(3),
        };

        await _store.SaveAsync(record);
        var loaded = await _store.GetAsync(record.ReturnId);

        Assert.NotNull(loaded);
        Assert.Equal(StoredJson.Serialize(record), StoredJson.Serialize(loaded));
        Assert.Equal(record.Timeline, loaded.Timeline);
        Assert.Equal(record.Label, loaded.Label);
        Assert.Equal(record.Refund, loaded.Refund);
        Assert.Equal(record.Receipt.Location, loaded.Receipt!.Location);
        Assert.Equal(record.Receipt.Lines, loaded.Receipt.Lines);
        Assert.Equal(record.Inspection, loaded.Inspection);
        Assert.Equal(record.Documents, loaded.Documents);
        Assert.Equal(record.Exchange, loaded.Exchange);
        Assert.Equal(record.Lines.Select(l => l with { Photos = [] }), loaded.Lines.Select(l => l with { Photos = [] }));
        Assert.Equal(record.Lines.Select(l => l.Photos.Count), loaded.Lines.Select(l => l.Photos.Count));
        Assert.Equal(7, loaded.Sequence);
        Assert.Equal(at, loaded.CreatedAt);
    }

    [Fact]
    public async Task SaveAsync_ExistingReturn_ReplacesTheProjection()
    {
        var record = AdapterSamples.Return(AdapterSamples.NewReturnId(), AdapterSamples.NewOrderNumber());
        await _store.SaveAsync(record);

        await _store.SaveAsync(record with { Stage = ReturnStages.Approved, Sequence = 2 });

        var loaded = await _store.GetAsync(record.ReturnId);
        Assert.Equal(ReturnStages.Approved, loaded!.Stage);
        Assert.Equal(2, loaded.Sequence);
    }

    [Fact]
    public async Task GetAsync_UnknownEmptyOrOverlongId_ReturnsNull()
    {
        Assert.Null(await _store.GetAsync(AdapterSamples.NewReturnId()));
        Assert.Null(await _store.GetAsync(""));
        Assert.Null(await _store.GetAsync(new string('X', 65)));
    }

    [Fact]
    public async Task ListByOrderAsync_TwoReturnsOfOneOrder_ListsBothAndNoOthers()
    {
        var order = AdapterSamples.NewOrderNumber();
        var a = AdapterSamples.Return(AdapterSamples.NewReturnId(), order);
        var b = AdapterSamples.Return(AdapterSamples.NewReturnId(), order, sku: "CAP-RED");
        await _store.CreateAsync(a, "TEE-BLK-M:1");
        await _store.CreateAsync(b, "CAP-RED:1");
        await _store.CreateAsync(AdapterSamples.Return(AdapterSamples.NewReturnId(), AdapterSamples.NewOrderNumber()), "TEE-BLK-M:1");

        var listed = await _store.ListByOrderAsync("#" + order.ToLowerInvariant());

        Assert.Equal(new[] { a.ReturnId, b.ReturnId }.Order(), listed.Select(r => r.ReturnId).Order());
    }

    [Fact]
    public async Task ListByOrderAsync_OrderWithoutReturns_ReturnsEmpty()
    {
        Assert.Empty(await _store.ListByOrderAsync(AdapterSamples.NewOrderNumber()));
    }

    [Fact]
    public async Task SearchAsync_StageAndText_FiltersToMatchingReturns()
    {
        var tag = "SRCH-" + AzuriteStorage.Unique();
        var now = DateTimeOffset.UtcNow;
        var approved = AdapterSamples.Return(AdapterSamples.NewReturnId(), tag + "-1", ReturnStages.Approved, now);
        var received = AdapterSamples.Return(AdapterSamples.NewReturnId(), tag + "-2", ReturnStages.Received, now);
        var otherOrder = AdapterSamples.Return(AdapterSamples.NewReturnId(), AdapterSamples.NewOrderNumber(), ReturnStages.Approved, now);
        foreach (var r in new[] { approved, received, otherOrder })
            await _store.SaveAsync(r);

        var byText = await _store.SearchAsync(new ReturnQuery(null, tag.ToLowerInvariant(), 1));
        var byStageAndText = await _store.SearchAsync(new ReturnQuery(ReturnStages.Approved, "#" + tag, 1));
        var byStage = await _store.SearchAsync(new ReturnQuery(ReturnStages.Received, null, 1, PageSize: 10_000));

        Assert.Equal(new[] { approved.ReturnId, received.ReturnId }.Order(), byText.Items.Select(r => r.ReturnId).Order());
        Assert.Equal(2, byText.Total);
        Assert.Equal([approved.ReturnId], byStageAndText.Items.Select(r => r.ReturnId));
        Assert.Contains(byStage.Items, r => r.ReturnId == received.ReturnId);
        Assert.All(byStage.Items, r => Assert.Equal(ReturnStages.Received, r.Stage));
    }

    [Fact]
    public async Task SearchAsync_TextMatchesEmailSkuAndTrackingNumber()
    {
        var tag = AzuriteStorage.Unique();
        var record = AdapterSamples.Return(AdapterSamples.NewReturnId(), AdapterSamples.NewOrderNumber(), email: $"{tag}@example.de", sku: "SKU-" + tag) with
        {
            Label = new LabelInfo("Returns Post", "Domestic Return", "TRK" + tag, DateTimeOffset.UtcNow),
        };
        await _store.SaveAsync(record);

        foreach (var text in new[] { $"{tag}@EXAMPLE.de", "sku-" + tag, "trk" + tag, record.ReturnId })
        {
            var page = await _store.SearchAsync(new ReturnQuery(null, text, 1));
            Assert.Equal([record.ReturnId], page.Items.Select(r => r.ReturnId));
        }
    }

    [Fact]
    public async Task SearchAsync_Pages_NewestFirstWithTotal()
    {
        var tag = "PAGE-" + AzuriteStorage.Unique();
        var start = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var records = Enumerable.Range(0, 5)
            .Select(i => AdapterSamples.Return(AdapterSamples.NewReturnId(), tag, ReturnStages.Approved, start.AddMinutes(i)))
            .ToArray();
        foreach (var r in records)
            await _store.SaveAsync(r);
        var newestFirst = records.Reverse().Select(r => r.ReturnId).ToArray();

        var page1 = await _store.SearchAsync(new ReturnQuery(null, tag, 1, PageSize: 2));
        var page2 = await _store.SearchAsync(new ReturnQuery(null, tag, 2, PageSize: 2));
        var page3 = await _store.SearchAsync(new ReturnQuery(null, tag, 3, PageSize: 2));
        var page4 = await _store.SearchAsync(new ReturnQuery(null, tag, 4, PageSize: 2));

        Assert.Equal(newestFirst[..2], page1.Items.Select(r => r.ReturnId));
        Assert.Equal(newestFirst[2..4], page2.Items.Select(r => r.ReturnId));
        Assert.Equal(newestFirst[4..], page3.Items.Select(r => r.ReturnId));
        Assert.Empty(page4.Items);
        Assert.All(new[] { page1, page2, page3, page4 }, p => Assert.Equal(5, p.Total));
        Assert.Equal(2, page2.Page);
        Assert.Equal(2, page2.PageSize);
    }

    [Fact]
    public async Task FindByTrackingNumberAsync_IndexedNumber_ReturnsTheReturnId()
    {
        var tracking = "RA" + AzuriteStorage.Unique() + "DE";
        var returnId = AdapterSamples.NewReturnId();

        await _store.IndexTrackingNumberAsync(tracking, returnId);

        Assert.Equal(returnId, await _store.FindByTrackingNumberAsync(tracking));
    }

    [Fact]
    public async Task FindByTrackingNumberAsync_ReindexedNumber_ReturnsTheLatestReturnId()
    {
        var tracking = "RA" + AzuriteStorage.Unique() + "DE";
        await _store.IndexTrackingNumberAsync(tracking, "RT-OLD00000");
        var returnId = AdapterSamples.NewReturnId();

        await _store.IndexTrackingNumberAsync(tracking, returnId);

        Assert.Equal(returnId, await _store.FindByTrackingNumberAsync(tracking));
    }

    [Fact]
    public async Task FindByTrackingNumberAsync_UnknownEmptyOrOverlongNumber_ReturnsNull()
    {
        Assert.Null(await _store.FindByTrackingNumberAsync("NOT-INDEXED-" + AzuriteStorage.Unique()));
        Assert.Null(await _store.FindByTrackingNumberAsync(" "));
        Assert.Null(await _store.FindByTrackingNumberAsync(new string('9', 101)));
    }
}
