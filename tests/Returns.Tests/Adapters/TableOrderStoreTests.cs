using Returns.Adapters.Storage;
using Returns.Orchestrations.Domain;

namespace Returns.Tests.Adapters;

public class TableOrderStoreTests
{
    private readonly TableOrderStore _store = new(AzuriteStorage.NewStorage());

    [Fact]
    public async Task UpsertAsync_NewOrder_ReturnsCreatedTrue()
    {
        var order = AdapterSamples.Order(AdapterSamples.NewOrderNumber());

        var created = await _store.UpsertAsync(order);

        Assert.True(created);
    }

    [Fact]
    public async Task UpsertAsync_ExistingOrder_ReturnsFalseAndReplacesIt()
    {
        var number = AdapterSamples.NewOrderNumber();
        await _store.UpsertAsync(AdapterSamples.Order(number));

        var created = await _store.UpsertAsync(AdapterSamples.Order(number, email: "new@example.de") with { CustomerName = "Anna S." });

        Assert.False(created);
        var stored = await _store.GetAsync(number);
        Assert.NotNull(stored);
        Assert.Equal("new@example.de", stored.Email);
        Assert.Equal("Anna S.", stored.CustomerName);
    }

    [Theory]
    [InlineData("#{0}")]
    [InlineData("{0}")]
    [InlineData(" # {0} ")]
    [InlineData("LOWER")]
    public async Task GetAsync_CustomerTypedForms_FindTheOrder(string form)
    {
        var number = AdapterSamples.NewOrderNumber();
        await _store.UpsertAsync(AdapterSamples.Order(number));
        var typed = form == "LOWER" ? "#" + number.ToLowerInvariant() : string.Format(form, number);

        var found = await _store.GetAsync(typed);

        Assert.NotNull(found);
        Assert.Equal(number, found.OrderNumber);
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("#{0}")]
    public async Task GetAsync_BareDigitsOfAPrefixedNumber_FindTheOrder(string form)
    {
        var digits = Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await _store.UpsertAsync(AdapterSamples.Order("SHOP-" + digits));

        var found = await _store.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, form, digits));

        Assert.Equal("SHOP-" + digits, found?.OrderNumber);
        Assert.Null(await _store.GetAsync(digits + "0"));
    }

    [Fact]
    public async Task GetAsync_StoredOrder_RoundTripsLinesAddressesAndDates()
    {
        var order = AdapterSamples.Order(AdapterSamples.NewOrderNumber());
        await _store.UpsertAsync(order);

        var found = await _store.GetAsync(order.OrderNumber);

        Assert.NotNull(found);
        Assert.Equal(order.PlacedAt, found.PlacedAt);
        Assert.Equal(order.DeliveredAt, found.DeliveredAt);
        Assert.Equal(order.ShipFrom, found.ShipFrom);
        Assert.Equal(order.ShipTo, found.ShipTo);
        Assert.Equal("DDP", found.Incoterm);
        Assert.Equal(2, found.Lines.Count);
        Assert.Equal(["final_sale"], found.Lines[1].Tags);
        Assert.Equal(order.Lines[0] with { Tags = [], Variants = [] }, found.Lines[0] with { Tags = [], Variants = [] });
    }

    [Fact]
    public async Task GetAsync_UnknownOrEmptyNumber_ReturnsNull()
    {
        Assert.Null(await _store.GetAsync(AdapterSamples.NewOrderNumber()));
        Assert.Null(await _store.GetAsync(""));
        Assert.Null(await _store.GetAsync(" # "));
        Assert.Null(await _store.GetAsync(new string('9', 101)));
    }

    [Fact]
    public async Task GetAsync_NumberWithTableKeyCharacters_IsStoredAndFound()
    {
        var number = "TW/" + AzuriteStorage.Unique() + "?x\\y";
        await _store.UpsertAsync(AdapterSamples.Order(number));

        var found = await _store.GetAsync(number.ToLowerInvariant());

        Assert.NotNull(found);
        Assert.Equal(number, found.OrderNumber);
    }
}
