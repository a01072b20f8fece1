using Azure.Data.Tables;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Adapters;

public class TableCarrierEventLogTests
{
    private readonly ReturnsStorage _storage = AzuriteStorage.NewStorage();
    private readonly TableCarrierEventLog _log;

    public TableCarrierEventLogTests() => _log = new TableCarrierEventLog(_storage);

    private static CarrierEventRecord Event(string eventId, string? returnId = "RT-ABCDEFGH", string rawBody = "{}") =>
        new("generic", eventId, "RA123456785DE", "in_transit", new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero), returnId, rawBody);

    [Fact]
    public async Task TryRecordAsync_NewEvent_ReturnsTrueAndExistsAfterwards()
    {
        var eventId = "evt-" + AzuriteStorage.Unique();
        Assert.False(await _log.ExistsAsync("generic", eventId));

        var recorded = await _log.TryRecordAsync(Event(eventId));

        Assert.True(recorded);
        Assert.True(await _log.ExistsAsync("generic", eventId));
    }

    [Fact]
    public async Task TryRecordAsync_DuplicateEventId_ReturnsFalseAndKeepsTheFirst()
    {
        var eventId = "evt-" + AzuriteStorage.Unique();
        await _log.TryRecordAsync(Event(eventId, returnId: "RT-FIRST000"));

        var recorded = await _log.TryRecordAsync(Event(eventId, returnId: "RT-SECOND00"));

        Assert.False(recorded);
        var table = await _storage.TableAsync("CarrierEvents");
        var entity = await table.GetEntityAsync<TableEntity>("generic", TableKeys.Escape(eventId));
        Assert.Equal("RT-FIRST000", entity.Value.GetString("ReturnId"));
    }

    [Fact]
    public async Task TryRecordAsync_SameEventIdFromAnotherSource_IsADifferentEvent()
    {
        var eventId = "evt-" + AzuriteStorage.Unique();
        await _log.TryRecordAsync(Event(eventId));

        var recorded = await _log.TryRecordAsync(Event(eventId) with { Source = "aftership" });

        Assert.True(recorded);
        Assert.True(await _log.ExistsAsync("aftership", eventId));
    }

    [Fact]
    public async Task TryRecordAsync_UnmatchedEventWithOddIdAndHugeBody_IsKeptForAudit()
    {
        var eventId = "evt/#?\\ " + AzuriteStorage.Unique();

        var recorded = await _log.TryRecordAsync(Event(eventId, returnId: null, rawBody: new string('x', 40_000)));

        Assert.True(recorded);
        Assert.True(await _log.ExistsAsync("generic", eventId));
        var table = await _storage.TableAsync("CarrierEvents");
        var entity = await table.GetEntityAsync<TableEntity>("generic", TableKeys.Escape(eventId));
        Assert.False(entity.Value.GetBoolean("Matched"));
        Assert.Equal(30_000, entity.Value.GetString("RawBody").Length);
    }

    [Fact]
    public async Task ForReturnAsync_MatchedEvents_ListedWithTheirScanDetailsAndUnmatchedLeftOut()
    {
        var returnId = "RT-" + AzuriteStorage.Unique();
        var first = "evt-" + AzuriteStorage.Unique();
        var second = "evt-" + AzuriteStorage.Unique();
        await _log.TryRecordAsync(Event(first, returnId) with { Location = "Leipzig", Description = "Arrived at hub" });
        await _log.TryRecordAsync(Event(second, returnId));
        await _log.TryRecordAsync(Event(second, returnId)); // a repeat
        await _log.TryRecordAsync(Event("evt-" + AzuriteStorage.Unique(), returnId: null));

        var events = await _log.ForReturnAsync(returnId);

        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), events.Select(e => e.EventId).Order(StringComparer.Ordinal));
        var leipzig = Assert.Single(events, e => e.EventId == first);
        Assert.Equal(("generic", "in_transit", "Leipzig", "Arrived at hub", returnId), (leipzig.Source, leipzig.Code, leipzig.Location, leipzig.Description, leipzig.ReturnId));
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero), leipzig.OccurredAt);
        Assert.Empty(await _log.ForReturnAsync("RT-" + AzuriteStorage.Unique()));
    }
}
