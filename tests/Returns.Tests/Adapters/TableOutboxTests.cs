using System.Text.Json;
using Returns.Adapters.Events;
using Returns.Adapters.Outbox;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Adapters;

public class TableOutboxTests
{
    private const int All = 100_000;

    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly TableOutbox _outbox;
    private readonly OutboxNotifier _notifier;
    private readonly OutboxEventBroker _broker;

    public TableOutboxTests()
    {
        _outbox = new TableOutbox(AzuriteStorage.NewStorage(), _clock);
        _notifier = new OutboxNotifier(_outbox, _clock);
        _broker = new OutboxEventBroker(_outbox, _clock);
    }

    private static EmailMessage Email(string id, string subject = "Your return") =>
        new(id, "anna@example.de", "Anna Schmidt", subject, "Plain text", "<p>Html</p>", ["http://test.local/a", "http://test.local/b"]);

    private async Task<OutboxItem[]> MineAsync(params string[] ids) =>
        (await _outbox.ListAsync(All)).Where(i => ids.Contains(i.Id)).ToArray();

    [Fact]
    public async Task OutboxNotifier_SentEmail_IsListedWithAllFieldsAndTheClockTime()
    {
        var id = "mail-" + AzuriteStorage.Unique();

        await _notifier.SendAsync(Email(id));

        var item = Assert.Single(await MineAsync(id));
        Assert.Equal("email", item.Kind);
        Assert.Equal("anna@example.de", item.To);
        Assert.Equal("Your return", item.Subject);
        Assert.Equal("Plain text", item.Text);
        Assert.Equal("<p>Html</p>", item.Html);
        Assert.Equal(["http://test.local/a", "http://test.local/b"], item.Links);
        Assert.Equal(_clock.Now, item.At);
    }

    [Fact]
    public async Task ListAsync_SeveralItems_NewestFirst()
    {
        var ids = Enumerable.Range(0, 3).Select(i => $"order-{i}-{AzuriteStorage.Unique()}").ToArray();
        foreach (var id in ids)
        {
            await _notifier.SendAsync(Email(id));
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        var listed = await MineAsync(ids);

        Assert.Equal(ids.Reverse(), listed.Select(i => i.Id));
    }

    [Fact]
    public async Task ListAsync_Max_ReturnsOnlyTheNewestItems()
    {
        // Far in the future so that no other item in the shared table is newer.
        _clock.Now = DateTimeOffset.UtcNow.AddYears(1000);
        var older = "max-old-" + AzuriteStorage.Unique();
        var newer = "max-new-" + AzuriteStorage.Unique();
        await _notifier.SendAsync(Email(older));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _notifier.SendAsync(Email(newer));

        var listed = await _outbox.ListAsync(2);

        Assert.Equal([newer, older], listed.Select(i => i.Id));
    }

    [Fact]
    public async Task OutboxNotifier_RepeatedId_KeepsTheFirstInsteadOfDuplicating()
    {
        var id = "retry-" + AzuriteStorage.Unique();
        await _notifier.SendAsync(Email(id, "First try"));
        var firstAt = _clock.Now;
        _clock.Advance(TimeSpan.FromSeconds(5));

        await _notifier.SendAsync(Email(id, "Second try"));

        var item = Assert.Single(await MineAsync(id));
        Assert.Equal("First try", item.Subject);
        Assert.Equal(firstAt, item.At);
    }

    [Fact]
    public async Task AddAsync_EmailAndEventWithTheSameId_AreBothKept()
    {
        var id = "shared-" + AzuriteStorage.Unique();
        await _notifier.SendAsync(Email(id));

        await _broker.SendAsync(new OutboundEvent(id, "returns.return.created", "{}"));

        Assert.Equal(["email", "event"], (await MineAsync(id)).Select(i => i.Kind).Order());
    }

    [Fact]
    public async Task AddAsync_ItemWithoutTime_GetsTheClockTime()
    {
        var id = "notime-" + AzuriteStorage.Unique();

        await _outbox.AddAsync(new OutboxItem(id, "email", "a@example.de", "s", "t", null, [], default));

        Assert.Equal(_clock.Now, Assert.Single(await MineAsync(id)).At);
    }

    [Fact]
    public async Task OutboxEventBroker_Event_IsStoredAsCloudEvents10Json()
    {
        var id = "evt-" + AzuriteStorage.Unique();
        var time = new DateTimeOffset(2025, 6, 1, 14, 30, 15, 123, TimeSpan.FromHours(2));
        var e = new IntegrationEvent(id, "returns.return.approved", "returns/RT-ABCD1234", time,
            """{"returnId":"RT-ABCD1234","amount":{"amount":2500,"currency":"EUR"},"lines":[1,2]}""");

        await _broker.SendAsync(new OutboundEvent(e.Id, e.Type, CloudEventJson.Serialize(e)));

        var item = Assert.Single(await MineAsync(id));
        Assert.Equal("event", item.Kind);
        Assert.Equal(ServiceBusEventBroker.TopicName, item.To);
        Assert.Equal("returns.return.approved", item.Subject);
        Assert.Equal(_clock.Now, item.At); // when it was sent; the event's own time is in the envelope
        using var json = JsonDocument.Parse(item.Text);
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("specversion").GetString());
        Assert.Equal(id, root.GetProperty("id").GetString());
        Assert.Equal(CloudEventJson.Source, root.GetProperty("source").GetString());
        Assert.Equal("returns.return.approved", root.GetProperty("type").GetString());
        Assert.Equal("returns/RT-ABCD1234", root.GetProperty("subject").GetString());
        Assert.Equal("application/json", root.GetProperty("datacontenttype").GetString());
        var at = root.GetProperty("time").GetString()!;
        Assert.EndsWith("Z", at);
        Assert.Equal(time, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));
        var data = root.GetProperty("data");
        Assert.Equal(JsonValueKind.Object, data.ValueKind);
        Assert.Equal("RT-ABCD1234", data.GetProperty("returnId").GetString());
        Assert.Equal(2500, data.GetProperty("amount").GetProperty("amount").GetInt64());
    }
}
