using System.Text.Json;
using Azure.Data.Tables;
using Returns.Adapters.Outbox;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Integrations;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Privacy;
using Returns.Orchestrations.StoreCredit;
using Returns.Tests.Adapters;
using Returns.Tests.Integrations;

namespace Returns.Tests.Privacy;

/// <summary>What each store does for an erasure, against Azurite.</summary>
public sealed class ErasureStorageTests
{
    private readonly ReturnsStorage _storage = AzuriteStorage.NewStorage();
    private readonly PrivacyCustomer _customer = PrivacyCustomer.New();

    [Fact]
    public async Task OrderStore_FindByEmail_MatchesTrimmedAnyCaseAndOnlyThoseAddresses()
    {
        var orders = new TableOrderStore(_storage);
        var mine = AdapterSamples.NewOrderNumber();
        var pseudonymous = AdapterSamples.NewOrderNumber();
        var other = AdapterSamples.NewOrderNumber();
        await orders.UpsertAsync(_customer.Order(mine));
        await orders.UpsertAsync(PersonalData.Anonymise(_customer.Order(pseudonymous), _customer.Key, DateTimeOffset.UtcNow));
        await orders.UpsertAsync(AdapterSamples.Order(other, "someone.else." + AzuriteStorage.Unique() + "@example.de"));

        var found = await orders.FindByEmailAsync([$"  {_customer.Email.ToUpperInvariant()} ", _customer.Key.PseudonymEmail]);

        Assert.Equal(new[] { mine, pseudonymous }.Order(StringComparer.Ordinal), found.Select(o => o.OrderNumber).Order(StringComparer.Ordinal));
        Assert.Empty(await orders.FindByEmailAsync(["nobody." + AzuriteStorage.Unique() + "@example.de"]));
    }

    [Fact]
    public async Task ReturnStore_FindByEmail_MatchesTrimmedAnyCase()
    {
        var returns = new TableReturnStore(_storage);
        var record = PersonalDataTests.FinishedReturn(_customer);
        await returns.SaveAsync(record);
        await returns.SaveAsync(AdapterSamples.Return(AdapterSamples.NewReturnId(), record.OrderNumber, email: "other." + AzuriteStorage.Unique() + "@example.de"));

        var found = await returns.FindByEmailAsync([_customer.Email.ToLowerInvariant() + " "]);

        Assert.Equal(record.ReturnId, Assert.Single(found).ReturnId);
    }

    [Fact]
    public async Task PhotoAndDocumentStores_Delete_RemoveOnceAndKnowWhenSaved()
    {
        var photos = new BlobPhotoStore(_storage, TimeProvider.System);
        var documents = new BlobDocumentStore(_storage);
        var photoId = await photos.SaveAsync("TW-1", [1, 2, 3], "image/jpeg");
        var returnId = AdapterSamples.NewReturnId();
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        await documents.SaveAsync(returnId, "label", [4, 5], "application/pdf");

        Assert.True((await documents.GetAsync(returnId, "label"))!.SavedAt >= before);
        Assert.True(await photos.DeleteAsync(photoId));
        Assert.False(await photos.DeleteAsync(photoId));
        Assert.False(await photos.DeleteAsync("../not-a-photo-id"));
        Assert.Null(await photos.GetAsync(photoId));
        Assert.True(await documents.DeleteAsync(returnId, "label"));
        Assert.False(await documents.DeleteAsync(returnId, "label"));
        Assert.Null(await documents.GetAsync(returnId, "label"));
    }

    [Fact]
    public async Task StoreCredit_Reassign_MovesGrantsToThePseudonymOnce()
    {
        var credit = new TableStoreCredit(_storage);
        var returnId = AdapterSamples.NewReturnId();
        var at = DateTimeOffset.UtcNow;
        var granted = await credit.GrantAsync(new StoreCreditGrant(StoreCreditGrant.IdFor(returnId), _customer.Email, "EUR", 2500, 10, at, null, returnId, "TW-1"));

        var moved = await credit.ReassignAsync(" " + _customer.Email.ToUpperInvariant(), _customer.Key.PseudonymEmail);
        var again = await credit.ReassignAsync(_customer.Email, _customer.Key.PseudonymEmail);

        Assert.Equal((1, 0), (moved, again));
        Assert.Empty((await credit.BalanceAsync(_customer.Email, "EUR", at)).Entries);
        var kept = Assert.Single((await credit.BalanceAsync(_customer.Key.PseudonymEmail, "EUR", at)).Entries);
        Assert.Equal(granted with { CustomerEmail = _customer.Key.PseudonymEmail }, kept);
        await AssertNowhereAsync(_customer.Email, "StoreCredit");
    }

    [Fact]
    public async Task AnalyticsStore_RemoveSamples_OnlyThatSubjectsAndCountersUnchanged()
    {
        var store = new TableAnalyticsStore(_storage, "t" + Guid.NewGuid().ToString("N"));
        var mine = AnalyticsSamplesFor("r|mine", _customer.Comment);
        var other = AnalyticsSamplesFor("r|other", "Runs small, other customer");
        await store.ApplyAllAsync([mine, other]);
        var before = await store.ReadPeriodAsync("2026-10");

        var changed = await store.RemoveSamplesAsync("2026-10", "r|mine");
        var again = await store.RemoveSamplesAsync("2026-10", "r|mine");

        var after = await store.ReadPeriodAsync("2026-10");
        var cell = Assert.Single(changed);
        Assert.Empty(again);
        Assert.Equal(["r|other"], cell.Samples.Select(s => s.Subject));
        Assert.Equal(before.Select(c => (c.Key, Counters: string.Join(',', c.Counters))), after.Select(c => (c.Key, Counters: string.Join(',', c.Counters))));
        Assert.True(after.Single(c => c.Key == cell.Key).Version > before.Single(c => c.Key == cell.Key).Version);
        Assert.DoesNotContain(after.SelectMany(c => c.Samples), s => s.Text == _customer.Comment);
    }

    [Fact]
    public async Task AnalyticsStore_DeleteEmptyCells_OnlyEmptyOnes()
    {
        var store = new TableAnalyticsStore(_storage, "t" + Guid.NewGuid().ToString("N"));
        var empty = CellKinds.Key(CellKinds.Term, "DE", "de", "zwiebelfeld");
        var counted = CellKinds.Key(CellKinds.Term, "DE", "de", "reissverschluss");
        var subject = "r|" + AzuriteStorage.Unique();
        var contribution = new AnalyticsContribution().Add(empty, CellCounters.Count, 1).Add(counted, CellCounters.Count, 1);
        await store.ApplyAsync(new SubjectUpdate("2026-10", subject, contribution, new Dictionary<string, CellNote>()) { Version = 1 });
        await store.ApplyAsync(new SubjectUpdate("2026-10", subject, new AnalyticsContribution().Add(counted, CellCounters.Count, 1),
            new Dictionary<string, CellNote>()) { Version = 2 });

        Assert.Equal(1, await store.DeleteEmptyCellsAsync("2026-10", [empty, counted, "k|DE|de|absent"]));
        Assert.Equal([counted], (await store.ReadPeriodAsync("2026-10")).Select(c => c.Key));
    }

    [Fact]
    public async Task CarrierEventLog_Redact_DropsPayloadsOfTheReturnByIdOrTrackingNumber()
    {
        var log = new TableCarrierEventLog(_storage);
        var returnId = AdapterSamples.NewReturnId();
        var tracking = "trk" + AzuriteStorage.Unique();
        var source = "test-" + AzuriteStorage.Unique();
        await log.TryRecordAsync(new CarrierEventRecord(source, "e1", tracking.ToUpperInvariant(), "picked_up", DateTimeOffset.UtcNow, returnId, "{\"name\":\"" + _customer.Name + "\"}"));
        await log.TryRecordAsync(new CarrierEventRecord(source, "e2", tracking, "delivered", DateTimeOffset.UtcNow, null, "{\"to\":\"" + _customer.Street + "\"}"));
        await log.TryRecordAsync(new CarrierEventRecord(source, "e3", "OTHER" + AzuriteStorage.Unique(), "delivered", DateTimeOffset.UtcNow, null, "{\"keep\":true}"));

        Assert.Equal(2, await log.RedactAsync(returnId, [tracking]));
        Assert.Equal(0, await log.RedactAsync(returnId, [tracking]));
        Assert.True(await log.ExistsAsync(source, "e1")); // a repeated event is still recognised
        await AssertNowhereAsync(_customer.Name, "CarrierEvents");
        await AssertNowhereAsync(_customer.Street, "CarrierEvents");
        var table = await _storage.TableAsync("CarrierEvents");
        Assert.Equal("{\"keep\":true}", (await table.GetEntityAsync<TableEntity>(Returns.Adapters.Storage.TableKeys.Escape(source), "e3")).Value.GetString("RawBody"));
    }

    [Fact]
    public async Task IntegrationOutbox_Redact_RemovesTheNoteFromPendingAndDeadRowsOfTheReturn()
    {
        var fixture = new OutboxFixture();
        var returnId = AdapterSamples.NewReturnId();
        var noted = OutboxFixture.Event(returnId, 1) with { Data = JsonSerializer.Serialize(new { returnId, stage = "rejected", note = "Rejected for " + _customer.Name }) };
        var dead = OutboxFixture.Event(returnId, 2) with { Data = JsonSerializer.Serialize(new { returnId, stage = "closed", note = _customer.Note }) };
        var other = OutboxFixture.Event(returnId + "X", 1) with { Data = JsonSerializer.Serialize(new { stage = "closed", note = "keep me" }) };
        await fixture.Outbox.StoreAsync(dead);
        var stored = Assert.Single(await fixture.Outbox.PendingEventsAsync(100));
        await fixture.Outbox.ScheduleAsync(stored, [IntegrationDestinations.First(stored, IntegrationDestinations.Broker, fixture.Clock.Now) with { Status = DeliveryStatus.Dead }]);
        await fixture.Outbox.StoreAsync(noted);
        await fixture.Outbox.StoreAsync(other);

        Assert.Equal(2, await fixture.Outbox.RedactAsync(returnId));
        Assert.Equal(0, await fixture.Outbox.RedactAsync(returnId));

        var bodies = (await fixture.Outbox.PendingEventsAsync(100)).Select(e => e.Body)
            .Concat((await fixture.Outbox.DeliveriesAsync(DeliveryStatus.Dead, 100)).Select(d => d.Event.Body)).ToArray();
        Assert.Equal(3, bodies.Length);
        Assert.DoesNotContain(bodies, b => b.Contains(_customer.Name, StringComparison.Ordinal) || b.Contains(_customer.Note, StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("keep me", StringComparison.Ordinal));
        Assert.Contains(bodies, b => JsonDocument.Parse(b).RootElement.GetProperty("data").GetProperty("stage").GetString() == "rejected");
    }

    [Fact]
    public async Task DevOutbox_EraseRecipientAndRedactEvents_TouchOnlyTheCustomersItems()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var outbox = new TableOutbox(_storage, clock);
        var returnId = AdapterSamples.NewReturnId();
        var mailId = "mail-" + AzuriteStorage.Unique();
        await new OutboxNotifier(outbox, clock).SendAsync(new EmailMessage(mailId, _customer.Email.ToUpperInvariant(), _customer.Name, "Your return", "Hello " + _customer.Name, "<p>Hello</p>", []));
        var body = Returns.Adapters.Events.CloudEventJson.Serialize(OutboxFixture.Event(returnId, 4) with { Data = JsonSerializer.Serialize(new { note = _customer.Note }) });
        await new OutboxEventBroker(outbox, clock).SendAsync(new OutboundEvent(returnId + "-4", "returns.return.received", body));

        Assert.Equal(1, await outbox.EraseRecipientAsync(" " + _customer.Email));
        Assert.Equal(1, await outbox.RedactEventsAsync([returnId, AdapterSamples.NewReturnId()]));
        Assert.Equal((0, 0), (await outbox.EraseRecipientAsync(_customer.Email), await outbox.RedactEventsAsync([returnId])));

        var items = (await outbox.ListAsync(100_000)).Where(i => i.Id == mailId || i.Id == returnId + "-4").ToArray();
        var item = Assert.Single(items);
        Assert.Equal("event", item.Kind);
        Assert.DoesNotContain(_customer.Note, item.Text, StringComparison.Ordinal);
        await new OutboxNotifier(outbox, clock).SendAsync(new EmailMessage(mailId, _customer.Email, _customer.Name, "Your return", "again", "", []));
        Assert.DoesNotContain(await outbox.ListAsync(100_000), i => i.Id == mailId); // a late retried send stays a no-op
    }

    [Fact]
    public async Task ErasureLog_SaltAndRecords_KeptAcrossInstances()
    {
        var first = new TableErasureLog(_storage);
        var second = new TableErasureLog(AzuriteStorage.NewStorage());
        var salt = await first.SaltAsync();
        var record = ErasureRecord.New(CustomerKey.For(_customer.Email, salt), new ErasureRequest(_customer.Email, ErasureReasons.CustomerRequest, "T-1"), DateTimeOffset.UtcNow);

        await first.SaveAsync(record);

        Assert.Equal(32, salt.Length);
        Assert.Equal(salt, await second.SaltAsync());
        var read = await second.GetAsync(record.Hash);
        Assert.Equal(JsonSerializer.Serialize(record), JsonSerializer.Serialize(read));
        Assert.DoesNotContain(_customer.Email, JsonSerializer.Serialize(read), StringComparison.OrdinalIgnoreCase);
    }

    private static SubjectUpdate AnalyticsSamplesFor(string subject, string comment)
    {
        var cell = CellKinds.Key(CellKinds.Theme, "DE", "de", "runs_small");
        return new SubjectUpdate("2026-10", subject, new AnalyticsContribution().Add(cell, CellCounters.Count, 1),
            new Dictionary<string, CellNote> { [cell] = new(Sample: new CommentSample(subject, "de", "TEE", comment)) }) { Version = 1 };
    }

    private async Task AssertNowhereAsync(string needle, string tableName)
    {
        var hits = await StorageScan.FindAsync([needle], DateTimeOffset.MaxValue, name => name == tableName);
        Assert.Empty(hits);
    }
}
